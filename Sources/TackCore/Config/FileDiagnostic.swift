/// A problem found in a keymap, theme or config file, located by file and 1-based line, in the
/// familiar `file:line: message` form. `file` may also be a command-line option (`--theme`) for a
/// value given there, and `line` is nil where none applies (an unreadable file, an option).
public struct FileDiagnostic: Error, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }

    /// File and line order (a file's line-less problems first), then by message.
    public static func < (left: FileDiagnostic, right: FileDiagnostic) -> Bool {
        (left.file, left.line ?? 0, left.message) < (right.file, right.line ?? 0, right.message)
    }
}
