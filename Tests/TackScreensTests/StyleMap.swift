import TerminalCanvas

/// Where a screen's styles go, as text, for the snapshots in which the theme matters (the text alone is
/// the same in every theme): one letter per distinct style, in the order the styles first appear row by
/// row, a blank for the screen's base style; then a legend saying what each letter is.
enum StyleMap {
    private static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    static func text(of buffer: ScreenBuffer, base: Style) -> String {
        var styles: [Style] = []
        let rows = (0..<buffer.size.height).map { y in
            var row = String((0..<buffer.size.width).map { x -> Character in
                let style = buffer[x, y].style
                guard style != base else { return " " }
                if !styles.contains(style) { styles.append(style) }
                let index = styles.firstIndex(of: style) ?? 0
                return index < letters.count ? letters[index] : "?"
            })
            while row.last == " " { row.removeLast() }
            return row
        }
        let legend = styles.prefix(letters.count).enumerated().map { index, style in "\(letters[index]): \(describe(style))" }
        return (rows + ["", "blank: \(describe(base))"] + legend).joined(separator: "\n")
    }

    /// "fg #5fafd7 bg default bold reverse".
    static func describe(_ style: Style) -> String {
        let attributes: [(TextAttributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse"),
        ]
        let names = attributes.filter { style.attributes.contains($0.0) }.map(\.1)
        return (["fg \(describe(style.foreground))", "bg \(describe(style.background))"] + names).joined(separator: " ")
    }

    private static func describe(_ color: Color) -> String {
        switch color {
        case .terminalDefault: "default"
        case .ansi(let number): "ansi \(number)"
        case .indexed(let number): "\(number)"
        case .rgb(let red, let green, let blue): "#" + [red, green, blue].map { hex($0) }.joined()
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }
}
