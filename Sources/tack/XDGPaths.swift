import ArgumentParser
import Foundation
import TackCore

/// The files Tack writes, in the XDG directories `ConfigPaths` names.
enum XDGPaths {
    /// `name` in the data directory (the demo sandbox's database), which is created if needed.
    static func dataFile(_ name: String) throws -> String {
        try file(name, in: ConfigPaths.dataDirectory(environment: ProcessInfo.processInfo.environment))
    }

    /// `name` in the state directory (the log), which is created if needed.
    static func stateFile(_ name: String) throws -> String {
        try file(name, in: ConfigPaths.stateDirectory(environment: ProcessInfo.processInfo.environment))
    }

    private static func file(_ name: String, in directory: String?) throws -> String {
        guard let directory else {
            throw ValidationError("Neither an XDG directory nor HOME is set: give a path with --data or --log.")
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory + "/" + name
    }
}

