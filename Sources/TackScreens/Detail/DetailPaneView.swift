import TackCore
import TerminalCanvas

/// Draws the detail pane: a heading (the item's name) and label/value lines, in columns side by side
/// when every field fits whole in them, else in one column scrolled to `scroll`, with how much more
/// there is above and below on the bottom border (see `DetailLayout`). A pin's picture goes in its box
/// beside or above the fields (`PictureLayout`); a graphics-protocol picture is returned for the
/// terminal layer to write.
public enum DetailPaneView {
    @discardableResult
    public static func draw(
        _ content: DetailContent?, scroll: Int = 0, in rect: Rect, focused: Bool, picture: (slot: PictureSlot, box: Rect)? = nil,
        fields: Rect? = nil, on buffer: inout ScreenBuffer, theme: Theme
    ) -> GraphicsPlacement? {
        buffer.drawBox(
            rect, style: theme.style(focused ? .borderFocused : .border), title: content?.kind ?? "Detail",
            titleStyle: theme.style(focused ? .titleFocused : .title)
        )
        let inner = fields ?? DetailLayout.textArea(ofPane: rect)
        let placement = picture.flatMap { PictureView.draw($0.slot, in: $0.box, on: &buffer, theme: theme) }
        guard inner.width > 0, inner.height > 0 else { return placement }
        guard let content else {
            buffer.write("Nothing selected", x: inner.x, y: inner.y, style: theme.style(.muted), maxWidth: inner.width)
            return placement
        }
        switch DetailLayout.arrange(content, in: inner.size) {
        case .columns(let columns, let width):
            for (column, lines) in columns.enumerated() {
                let x = inner.x + column * (width + DetailLayout.columnGap)
                for (row, line) in lines.enumerated() {
                    buffer.write(styled(line, theme), x: x, y: inner.y + row, maxWidth: width)
                }
            }
        case .scrolling(let lines):
            drawScrolled(lines, from: scroll, in: inner, box: rect, on: &buffer, theme: theme)
        }
        return placement
    }

    /// Draws the `lines` in view from the first line `scroll` (kept within the lines), and on the box's
    /// bottom border how many lines are above and below the view ("↑ 3 above · ↓ 12 more").
    static func drawScrolled(
        _ lines: [DetailLine], from scroll: Int, in area: Rect, box: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let first = max(0, min(scroll, lines.count - area.height))
        for (row, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            buffer.write(styled(line, theme), x: area.x, y: area.y + row, maxWidth: area.width)
        }
        let below = max(0, lines.count - first - area.height)
        let marks = [first > 0 ? "↑ \(first) above" : nil, below > 0 ? "↓ \(below) more" : nil].compactMap(\.self)
        guard !marks.isEmpty else { return }
        let text = " \(marks.joined(separator: " · ")) "
        let width = min(TextWidth.columns(of: text), max(0, box.width - 4))
        buffer.write(text, x: box.x + box.width - 2 - width, y: box.y + box.height - 1, style: theme.style(.muted), maxWidth: width)
    }

    /// A line's spans in `theme`'s styles; the swatch keeps its own colour.
    static func styled(_ line: DetailLine, _ theme: Theme) -> [StyledSpan] {
        line.map { span in
            var style = theme.style(span.role)
            if let foreground = span.foreground { style.foreground = foreground }
            return StyledSpan(text: span.text, style: style)
        }
    }
}
