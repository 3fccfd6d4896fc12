import TackCore
import TerminalCanvas

/// Draws what stands for a picture in its box: symbol cells, a blank rectangle reserved for a
/// graphics-protocol picture (returned, for the terminal layer to write), the pin's dominant colour
/// while loading, why it failed, or (no colour or no UTF-8) a frame with its size and colour.
enum PictureView {
    @discardableResult
    static func draw(_ slot: PictureSlot, in box: Rect, on buffer: inout ScreenBuffer, theme: Theme) -> GraphicsPlacement? {
        guard !box.isEmpty else { return nil }
        switch slot {
        case .picture(let image):
            let rect = PictureLayout.placement(of: image.size, in: box)
            switch image.content {
            case .cells(let cells):
                for row in 0..<rect.height {
                    for column in 0..<rect.width {
                        let index = row * image.size.width + column
                        guard index < cells.count else { continue }
                        buffer[rect.x + column, rect.y + row] = cells[index]
                    }
                }
                return nil
            case .graphics(let graphics, let bytes):
                buffer.fill(rect, style: theme.style(.text))
                return GraphicsPlacement(rect: rect, graphics: graphics, bytes: bytes)
            }
        case .loading(let color):
            var style = theme.style(.muted)
            if let color { style.background = color }
            buffer.fill(box, style: style)
            writeCentred("loading…", in: box, on: &buffer, style: style)
        case .failed(let reason):
            let lines = TextWrap.lines("no picture: \(reason)", columns: box.width).prefix(box.height)
            for (row, line) in lines.enumerated() {
                buffer.write(line, x: box.x, y: box.y + row, style: theme.style(.muted), maxWidth: box.width)
            }
        case .framed(let size, let color):
            buffer.drawBox(box, style: theme.style(.border), title: "picture", titleStyle: theme.style(.muted))
            let inner = box.inset(by: 1)
            let lines = [size, color.map { "colour \($0)" }].compactMap(\.self)
            for (row, line) in lines.prefix(max(0, inner.height)).enumerated() {
                buffer.write(line, x: inner.x, y: inner.y + row, style: theme.style(.muted), maxWidth: inner.width)
            }
        }
        return nil
    }

    private static func writeCentred(_ text: String, in box: Rect, on buffer: inout ScreenBuffer, style: Style) {
        let width = min(TextWidth.columns(of: text), box.width)
        buffer.write(text, x: box.x + (box.width - width) / 2, y: box.y + box.height / 2, style: style, maxWidth: width)
    }
}
