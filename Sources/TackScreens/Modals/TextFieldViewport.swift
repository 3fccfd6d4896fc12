import TerminalCanvas

/// The part of a text field that fits in its box, and where the cursor falls in it. Widths are
/// display columns; graphemes are never split.
///
/// A single line scrolls sideways to keep the cursor in view, with "…" where text is hidden. A
/// multi-line text wraps (at spaces where it can) and scrolls down to keep the cursor's row in view.
struct TextFieldViewport: Hashable {
    /// The rows to draw, each at most the field's width.
    var rows: [String]
    /// The cursor's column and row within `rows`.
    var cursor: Point

    /// One line `width` columns wide showing `text` around the cursor at display column `cursorColumn`.
    static func singleLine(_ text: String, cursorColumn: Int, width: Int) -> TextFieldViewport {
        let total = TextWidth.columns(of: text)
        guard width > 2, total >= width else {
            return TextFieldViewport(rows: [TextWidth.truncate(text, toColumns: width)], cursor: Point(x: cursorColumn, y: 0))
        }
        // Scrolled, the first column shows "…" and the cursor stays short of the last one, which
        // holds the text's last character or the "…" of text hidden on the right.
        let wanted = cursorColumn <= width - 2 ? 0 : cursorColumn - (width - 3)
        var start = 0
        var rest = Substring(text)
        while start < wanted, let first = rest.first {
            start += TextWidth.columns(of: first)
            rest = rest.dropFirst()
        }
        guard start > 0 else {
            return TextFieldViewport(rows: [TextWidth.truncate(text, toColumns: width)], cursor: Point(x: cursorColumn, y: 0))
        }
        let shown = "…" + TextWidth.truncate(String(rest), toColumns: width - 1)
        return TextFieldViewport(rows: [shown], cursor: Point(x: 1 + cursorColumn - start, y: 0))
    }

    /// At most `height` rows `width` columns wide of the `lines` of a multi-line text, scrolled so
    /// that the cursor (grapheme `cursorColumn` of line `cursorRow`) is shown; `nil` cursor shows the top.
    static func multiline(_ lines: [String], cursor: (row: Int, column: Int)?, width: Int, height: Int) -> TextFieldViewport {
        // One column is kept free so a cursor after a full row still has a cell.
        let wrapWidth = max(1, width - 1)
        var rows: [String] = []
        var cursorPoint = Point(x: 0, y: 0)
        for (index, line) in lines.enumerated() {
            let characters = Array(line)
            let wrapped = wrap(characters, width: wrapWidth)
            if let cursor, cursor.row == index {
                let part = wrapped.lastIndex { $0.lowerBound <= cursor.column } ?? 0
                let before = characters[wrapped[part].lowerBound..<min(cursor.column, characters.count)]
                cursorPoint = Point(x: TextWidth.columns(of: String(before)), y: rows.count + part)
            }
            rows += wrapped.map { String(characters[$0]) }
        }
        let offset = max(0, cursorPoint.y - height + 1)
        let shown = Array(rows.dropFirst(offset).prefix(height))
        return TextFieldViewport(rows: shown, cursor: Point(x: cursorPoint.x, y: cursorPoint.y - offset))
    }

    /// Breaks a line into ranges of graphemes no wider than `width`: after the last space that fits,
    /// or before the grapheme that does not fit when the row has no space. Always at least one range.
    private static func wrap(_ characters: [Character], width: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let characterWidth = TextWidth.columns(of: characters[index])
            if used + characterWidth > width, index > start {
                let end = lastSpace.map { $0 + 1 } ?? index
                ranges.append(start..<end)
                start = end
                index = end
                used = 0
                lastSpace = nil
                continue
            }
            if characters[index] == " " { lastSpace = index }
            used += characterWidth
            index += 1
        }
        ranges.append(start..<characters.count)
        return ranges
    }
}
