/// A problem found in a keymap, theme or config file, located by file and 1-based line.
/// Its description is the familiar `file:line: message` form.
public struct FileDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
