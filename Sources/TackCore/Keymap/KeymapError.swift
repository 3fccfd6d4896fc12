/// Why a keymap could not be loaded: every problem found, in file and line order.
public struct KeymapError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [KeymapDiagnostic]

    public init(diagnostics: [KeymapDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One `file:line: message` per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
