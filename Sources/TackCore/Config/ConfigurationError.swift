/// Why the config file, a keymap or a theme could not be loaded: every problem found, in file and
/// line order, so one run shows them all.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    /// What could not be loaded.
    public enum Subject: String, Sendable {
        case config = "config file"
        case keymap
        case theme
    }

    public var subject: Subject
    public var diagnostics: [FileDiagnostic]

    public init(_ subject: Subject, diagnostics: [FileDiagnostic]) {
        self.subject = subject
        self.diagnostics = diagnostics.sorted()
    }

    /// One `file:line: message` per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
