import CNcursesw

/// What the terminfo entry of the current curses screen offers; call on the curses thread after `newterm`.
enum TerminalCapabilities {
    /// Whether the terminal can move the cursor to any cell (`cup`): without it (TERM=dumb, or a type
    /// that is only a line printer) nothing but a status line could be drawn.
    static var canAddressCursor: Bool { string("cup") != nil }

    /// The terminal's own sequences that undo full-screen mode: attributes off, keypad off, cursor shown,
    /// main screen. Starts with CAN, which cancels an escape sequence cut off half-way.
    static var leaveSequence: String {
        "\u{18}" + ["sgr0", "rmkx", "cnorm", "rmcup"].compactMap(string).joined()
    }

    /// The string capability `name`, without terminfo's padding (`$<5>`), which only tputs understands.
    private static func string(_ name: String) -> String? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
        var text = String(cString: value)
        while let start = text.range(of: "$<"), let end = text[start.upperBound...].firstIndex(of: ">") {
            text.removeSubrange(start.lowerBound...end)
        }
        return text
    }
}
