import Foundation

/// Where Tack keeps the files it writes, following the XDG base directory specification
/// (the files it only reads, config.toml and keymap.toml, are found by TackCore's `ConfigPaths`).
enum XDGPaths {
    /// `$XDG_DATA_HOME/tack` (default `~/.local/share/tack`): the demo sandbox's database.
    static var dataDirectory: URL { base("XDG_DATA_HOME", fallback: ".local/share") }
    /// `$XDG_STATE_HOME/tack` (default `~/.local/state/tack`): the log file.
    static var stateDirectory: URL { base("XDG_STATE_HOME", fallback: ".local/state") }

    private static func base(_ variable: String, fallback: String) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let root: URL
        if let value = environment[variable], value.hasPrefix("/") {
            root = URL(fileURLWithPath: value)
        } else {
            root = FileManager.default.homeDirectoryForCurrentUser.appending(path: fallback)
        }
        return root.appending(path: "tack")
    }

    /// Creates `directory` (and its parents) if needed and returns the path of `file` inside it.
    static func file(_ file: String, in directory: URL) throws -> String {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appending(path: file).path
    }
}
