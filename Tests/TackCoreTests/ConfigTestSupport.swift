import Foundation
import TackCore

/// The repository's shipped presets and temporary files for the keymap, theme and config tests.
enum TestFiles {
    /// The repository root, found from this file's path (Tests/TackCoreTests/…).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The shipped `keymaps/` and `themes/`.
    static let presets = DirectoryPresetSource(root: repositoryRoot)

    /// A fresh empty directory, removed after `body`.
    static func withDirectory<T>(_ body: (String) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tack-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory.path)
    }

    /// `withDirectory` for long async tests, which yield between cases so as not to hold a thread
    /// of the shared pool other suites' tasks need.
    static func withDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tack-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await body(directory.path)
    }

    /// Writes `text` to a file named `name` in a fresh directory and passes its path to `body`.
    static func withFile<T>(_ text: String, named name: String = "file.toml", _ body: (String) throws -> T) throws -> T {
        try withDirectory { directory in
            let path = directory + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return try body(path)
        }
    }
}
