import TerminalCanvas

/// A piece of a detail line: text in a theme role, or (the colour swatch) in a colour of its own.
public struct DetailSpan: Hashable, Sendable {
    public var text: String
    public var role: ThemeRole
    /// Drawn in this colour instead of the role's foreground (the pin's dominant colour).
    public var foreground: Color?

    public init(_ text: String, _ role: ThemeRole, foreground: Color? = nil) {
        self.text = text
        self.role = role
        self.foreground = foreground
    }
}

/// One line of the detail pane or the pin view, as spans drawn one after another.
public typealias DetailLine = [DetailSpan]

/// Where the lines of detail content go: the one source of that layout for the views that draw the
/// detail pane and the pin view, and for the reducer that scrolls them (and stops at their end).
///
/// The detail pane shows its fields in columns side by side, as many as the width allows, when every
/// field fits whole in them; otherwise in one column that scrolls, so that a long description wraps
/// in its column and never runs on into the next one.
public enum DetailLayout {
    /// Narrowest column worth flowing into.
    public static let minimumColumnWidth = 36
    public static let columnGap = 2

    /// How the detail pane shows content.
    public enum Arrangement: Hashable, Sendable {
        /// Everything at once, in columns `width` wide.
        case columns([[DetailLine]], width: Int)
        /// One column as wide as the pane, scrolled.
        case scrolling([DetailLine])
    }

    /// Where the text of a detail pane drawn in `rect` goes: inside its border, a column of margin each side.
    public static func textArea(ofPane rect: Rect) -> Rect {
        rect.inset(horizontally: 2, vertically: 1)
    }

    /// The detail pane's arrangement of `content` in a text area of `size`: the fewest columns that show
    /// every field whole, else one column to scroll.
    public static func arrange(_ content: DetailContent, in size: Size) -> Arrangement {
        guard size.width > 0, size.height > 0 else { return .scrolling([]) }
        let maxColumns = max(1, (size.width + columnGap) / (minimumColumnWidth + columnGap))
        for count in 1...maxColumns {
            let width = (size.width - columnGap * (count - 1)) / count
            let fieldBlocks = blocks(content, width: width)
            guard fieldBlocks.allSatisfy({ $0.count <= size.height }) else { continue }
            let columns = flow(fieldBlocks, height: size.height)
            if columns.count <= count { return .columns(columns, width: width) }
        }
        return .scrolling(blocks(content, width: size.width).flatMap { $0 })
    }

    /// The last first line the detail pane can scroll to: where its last line is at the bottom; 0 when
    /// everything is shown at once.
    public static func lastScroll(_ content: DetailContent?, in size: Size) -> Int {
        guard let content, case .scrolling(let lines) = arrange(content, in: size) else { return 0 }
        return max(0, lines.count - size.height)
    }

    /// The pin view's lines, `width` wide: the heading, a blank line, then every field.
    public static func document(_ content: DetailContent, width: Int) -> [DetailLine] {
        let parts = blocks(content, width: width)
        guard let heading = parts.first else { return [] }
        return heading + [[]] + parts.dropFirst().flatMap { $0 }
    }

    /// Fills columns of `height` lines with the blocks (one per field, none taller than `height`) in
    /// order; a block that does not fit in what is left of a column starts the next one.
    static func flow(_ blocks: [[DetailLine]], height: Int) -> [[DetailLine]] {
        var columns: [[DetailLine]] = [[]]
        for block in blocks {
            if columns[columns.count - 1].count + block.count > height, !columns[columns.count - 1].isEmpty {
                columns.append([])
            }
            columns[columns.count - 1] += block
        }
        return columns
    }

    /// The lines of `content` for a column `width` wide, in blocks that belong together: the heading,
    /// then one block per field, its label on its first line and its value wrapped beside it.
    public static func blocks(_ content: DetailContent, width: Int) -> [[DetailLine]] {
        var blocks = [TextWrap.lines(content.heading, columns: width).map { [DetailSpan($0, .titleFocused)] }]
        let longestLabel = content.fields.map { TextWidth.columns(of: $0.label) }.max() ?? 0
        let labelWidth = min(longestLabel, width * 2 / 5)
        let valueWidth = width - labelWidth - 1
        guard valueWidth > 0 else { return blocks }
        let blankLabel = DetailSpan(String(repeating: " ", count: labelWidth + 1), .text)

        for field in content.fields {
            let label = DetailSpan(TextWidth.pad(field.label, toColumns: labelWidth) + " ", .detailLabel)
            switch field.value {
            case .text(let value):
                let shown = TextWidth.truncate(TextSanitizer.sanitize(value), toColumns: valueWidth)
                blocks.append([[label, DetailSpan(shown, .text)]])
            case .paragraph(let value):
                blocks.append(TextWrap.lines(value, columns: valueWidth).enumerated().map { index, text in
                    [index == 0 ? label : blankLabel, DetailSpan(text, .text)]
                })
            case .swatch(let color, let value):
                let shown = TextWidth.truncate(TextSanitizer.sanitize(value), toColumns: max(0, valueWidth - 4))
                blocks.append([[label, DetailSpan("███", .text, foreground: color), DetailSpan(" " + shown, .text)]])
            }
        }
        return blocks
    }
}
