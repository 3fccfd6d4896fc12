import ArgumentParser
import Foundation
import TackCore

/// The files Tack writes, in the XDG directories `ConfigPaths` names.
///
/// Directories Tack creates are private (0700, as the XDG spec asks), and so are Tack's own `tack`
/// directories when they exist already (earlier versions made them 0755); a directory above them that
/// exists is left as it is. Files are made private by the umask Tack sets at start-up (`TackCommand`).
enum XDGPaths {
    /// `name` in the data directory (the demo sandbox's database), which is created if needed.
    static func dataFile(_ name: String) throws -> String {
        try file(name, in: ConfigPaths.dataDirectory(environment: ProcessInfo.processInfo.environment))
    }

    /// `name` in the state directory (the log, crash reports), which is created if needed.
    static func stateFile(_ name: String) throws -> String {
        try file(name, in: ConfigPaths.stateDirectory(environment: ProcessInfo.processInfo.environment))
    }

    private static func file(_ name: String, in directory: String?) throws -> String {
        guard let directory else {
            throw ValidationError("Neither an XDG directory nor HOME is set: give a path with --data or --log.")
        }
        try makePrivateDirectory(directory)
        return directory + "/" + name
    }

    /// Creates `path` with mode 0700, or sets an existing one to 0700 (it is Tack's own).
    private static func makePrivateDirectory(_ path: String) throws {
        if isDirectory(path) {
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        } else {
            try createMissingDirectories(path)
        }
    }

    /// Creates `path` and each missing parent with mode 0700; existing ones are left alone.
    private static func createMissingDirectories(_ path: String) throws {
        guard !isDirectory(path) else { return }
        try createMissingDirectories(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
