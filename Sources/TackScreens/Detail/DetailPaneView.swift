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
        var columnCount = 1
        var columnWidth = inner.width
        var lines: [[StyledSpan]] = []
        for count in 1...maxColumns {
            columnCount = count
            columnWidth = (inner.width - columnGap * (count - 1)) / count
            lines = layOut(content, width: columnWidth, theme: theme)
            if lines.count <= count * inner.height { break }
        }

        let capacity = columnCount * inner.height
        if lines.count > capacity {
            lines = Array(lines.prefix(capacity - 1)) + [[StyledSpan(text: "…", style: theme.style(.muted))]]
        }
        for (index, line) in lines.enumerated() {
            let x = inner.x + index / inner.height * (columnWidth + columnGap)
            buffer.write(line, x: x, y: inner.y + index % inner.height, maxWidth: columnWidth)
        }
    }

    /// Every line of the pane for a column `width` wide.
    static func layOut(_ content: Content, width: Int, theme: Theme) -> [[StyledSpan]] {
        let headingStyle = theme.style(.titleFocused)
        var lines = TextWrap.lines(content.heading, columns: width).map { [StyledSpan(text: $0, style: headingStyle)] }
        let longestLabel = content.fields.map { TextWidth.columns(of: $0.label) }.max() ?? 0
        let labelWidth = min(longestLabel + 1, width / 3)
        let valueWidth = width - labelWidth
        guard valueWidth > 0 else { return lines }
        let labelStyle = theme.style(.detailLabel)
        let textStyle = theme.style(.text)
        let blankLabel = StyledSpan(text: String(repeating: " ", count: labelWidth), style: textStyle)

        for field in content.fields {
            let label = StyledSpan(text: TextWidth.pad(field.label, toColumns: labelWidth), style: labelStyle)
            switch field.value {
            case .text(let value):
                let shown = TextWidth.truncate(TextSanitizer.sanitize(value), toColumns: valueWidth)
                lines.append([label, StyledSpan(text: shown, style: textStyle)])
            case .paragraph(let value):
                for (index, text) in TextWrap.lines(value, columns: valueWidth).enumerated() {
                    lines.append([index == 0 ? label : blankLabel, StyledSpan(text: text, style: textStyle)])
                }
            case .swatch(let color, let value):
                var swatchStyle = textStyle
                swatchStyle.foreground = color
                let shown = TextWidth.truncate(TextSanitizer.sanitize(value), toColumns: max(0, valueWidth - 4))
                lines.append([label, StyledSpan(text: "███", style: swatchStyle), StyledSpan(text: " " + shown, style: textStyle)])
            }
        }
        return lines
    }
}
