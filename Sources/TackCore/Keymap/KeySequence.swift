import TerminalCanvas

/// One or more key presses typed in a row, written space-separated in keymap files ("g g").
public struct KeySequence: Hashable, Sendable {
    public var keys: [KeyPress]

    public init(_ keys: [KeyPress]) {
        self.keys = keys
    }

    /// Parses a space-separated sequence of key names ("g g", "ctrl-x ctrl-c").
    public init(parsing text: String) throws(KeyNameError) {
        let names = text.split(separator: " ")
        guard !names.isEmpty else { throw KeyNameError(name: text, reason: "empty key") }
        var keys: [KeyPress] = []
        for name in names {
            keys.append(try KeyNotation.parse(String(name)))
        }
        self.keys = keys
    }

    /// The canonical form shown in the help overlay and hint line: "g g", "ctrl-c", "shift-tab".
    public var display: String {
        keys.map(KeyNotation.name(of:)).joined(separator: " ")
    }

    /// Whether this sequence starts with all of `prefix` and is longer.
    func extends(_ prefix: [KeyPress]) -> Bool {
        keys.count > prefix.count && keys.starts(with: prefix)
    }
}
