import TerminalCanvas

/// Helpers shared by the chart tests: drawing into a fresh buffer and checking a chart kept to its rect.
enum ChartTestSupport {
    /// The text of a buffer of `width`×`height` after `draw` drew into the whole of it.
    static func render(width: Int, height: Int, _ draw: (Rect, inout ScreenBuffer) -> Void) -> String {
        var buffer = ScreenBuffer(size: Size(width: width, height: height))
        draw(Rect(x: 0, y: 0, width: width, height: height), &buffer)
        return buffer.text()
    }

    /// The cells outside `rect` that `draw` changed, in a buffer filled with a marker around the rect.
    static func cellsChangedOutside(
        _ rect: Rect, bufferSize: Size, _ draw: (Rect, inout ScreenBuffer) -> Void
    ) -> [Point] {
        let marker = Cell(grapheme: "~", style: Style(attributes: .underline))
        var buffer = ScreenBuffer(size: bufferSize)
        for y in 0..<bufferSize.height {
            for x in 0..<bufferSize.width {
                buffer[x, y] = marker
            }
        }
        draw(rect, &buffer)
        var changed: [Point] = []
        for y in 0..<bufferSize.height {
            for x in 0..<bufferSize.width where !rect.contains(Point(x: x, y: y)) && buffer[x, y] != marker {
                changed.append(Point(x: x, y: y))
            }
        }
        return changed
    }
}
