/// Word wrapping by display columns (wide characters count two, combining marks zero).
public enum TextWrap {
    /// Breaks sanitised `text` into lines no wider than `columns`: at spaces where possible, inside a
    /// word when the word alone is too wide (which is also how CJK text without spaces breaks).
    /// Line breaks in the text start new lines.
    public static func lines(_ text: String, columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            wrapParagraph(TextSanitizer.sanitize(String(paragraph)), columns: columns)
        }
    }

    private static func wrapParagraph(_ paragraph: String, columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        func finishLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
        }
        for word in paragraph.split(separator: " ") {
            let wordWidth = TextWidth.columns(of: String(word))
            let separatorWidth = line.isEmpty ? 0 : 1
            if lineWidth + separatorWidth + wordWidth <= columns {
                if separatorWidth == 1 { line += " " }
                line += word
                lineWidth += separatorWidth + wordWidth
                continue
            }
            if !line.isEmpty { finishLine() }
            for character in word {
                let width = TextWidth.columns(of: character)
                if lineWidth + width > columns { finishLine() }
                line.append(character)
                lineWidth += width
            }
        }
        if !line.isEmpty || lines.isEmpty { finishLine() }
        return lines
    }
}
