import TackCore
import TerminalCanvas

/// Draws the detail pane: a heading (the item's name) and label/value lines. When the lines do not fit
/// in one column they flow into several side by side, as many as the width allows.
public enum DetailPaneView {
    /// What the pane shows: the kind of item in the border title, its name, and its fields.
    public struct Content: Hashable, Sendable {
        public var kind: String
        public var heading: String
        public var fields: [DetailField]

        public init(kind: String, heading: String, fields: [DetailField]) {
            self.kind = kind
            self.heading = heading
            self.fields = fields
        }
    }

    /// Narrowest column worth flowing into.
    static let minimumColumnWidth = 36
    static let columnGap = 2

    public static func draw(
        _ content: Content?, in rect: Rect, focused: Bool, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        buffer.drawBox(
            rect, style: theme.style(focused ? .borderFocused : .border), title: content?.kind ?? "Detail",
            titleStyle: theme.style(focused ? .titleFocused : .title)
        )
        let inner = rect.inset(horizontally: 2, vertically: 1)
        guard inner.width > 0, inner.height > 0 else { return }
        guard let content else {
            buffer.write("Nothing selected", x: inner.x, y: inner.y, style: theme.style(.muted), maxWidth: inner.width)
            return
        }

        let maxColumns = max(1, (inner.width + columnGap) / (minimumColumnWidth + columnGap))
        var columnWidth = inner.width
        var columns: [[Line]] = []
        for count in 1...maxColumns {
            columnWidth = (inner.width - columnGap * (count - 1)) / count
            columns = flow(layOut(content, width: columnWidth, theme: theme), height: inner.height)
            if columns.count <= count { break }
        }
        if columns.count > maxColumns {
            columns = Array(columns.prefix(maxColumns))
            if columns[maxColumns - 1].count == inner.height { columns[maxColumns - 1].removeLast() }
            columns[maxColumns - 1].append([StyledSpan(text: "…", style: theme.style(.muted))])
        }
        for (column, lines) in columns.enumerated() {
            for (row, line) in lines.enumerated() {
                buffer.write(line, x: inner.x + column * (columnWidth + columnGap), y: inner.y + row, maxWidth: columnWidth)
            }
        }
    }

    typealias Line = [StyledSpan]

    /// Fills columns of `height` lines with the blocks (one per field) in order. A block that does not
    /// fit in what is left of a column starts the next one, unless it is taller than a whole column.
    static func flow(_ blocks: [[Line]], height: Int) -> [[Line]] {
        var columns: [[Line]] = [[]]
        for block in blocks {
            let room = height - columns[columns.count - 1].count
            if block.count > room, block.count <= height, room < height {
                columns.append([])
            }
            for line in block {
                if columns[columns.count - 1].count == height { columns.append([]) }
                columns[columns.count - 1].append(line)
            }
        }
        return columns
    }

    /// The lines of the pane for a column `width` wide, in blocks that belong together: the heading,
    /// then one block per field.
    static func layOut(_ content: Content, width: Int, theme: Theme) -> [[Line]] {
        let headingStyle = theme.style(.titleFocused)
        var blocks = [TextWrap.lines(content.heading, columns: width).map { [StyledSpan(text: $0, style: headingStyle)] }]
        let longestLabel = content.fields.map { TextWidth.columns(of: $0.label) }.max() ?? 0
        let labelWidth = min(longestLabel, width * 2 / 5)
        let valueWidth = width - labelWidth - 1
        guard valueWidth > 0 else { return blocks }
        let labelStyle = theme.style(.detailLabel)
        let textStyle = theme.style(.text)
        let blankLabel = StyledSpan(text: String(repeating: " ", count: labelWidth + 1), style: textStyle)

        for field in content.fields {
            let label = StyledSpan(text: TextWidth.pad(field.label, toColumns: labelWidth) + " ", style: labelStyle)
            switch field.value {
            case .text(let value):
                let shown = TextWidth.truncate(TextSanitizer.sanitize(value), toColumns: valueWidth)
                blocks.append([[label, StyledSpan(text: shown, style: textStyle)]])
            case .paragraph(let value):
                blocks.append(TextWrap.lines(value, columns: valueWidth).enumerated().map { index, text in
                    [index == 0 ? label : blankLabel, StyledSpan(text: text, style: textStyle)]
                })
            case .swatch(let color, let value):
                var swatchStyle = textStyle
                swatchStyle.foreground = color
                let shown = TextWidth.truncate(TextSanitizer.sanitize(value), toColumns: max(0, valueWidth - 4))
                blocks.append([[label, StyledSpan(text: "███", style: swatchStyle), StyledSpan(text: " " + shown, style: textStyle)]])
            }
        }
        return blocks
    }
}
