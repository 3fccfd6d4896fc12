extension ScreenBuffer {
    /// Writes `text` at (x, y) only where it falls inside `clip`: cells outside it are never touched.
    mutating func write(_ text: String, x: Int, y: Int, style: Style, clippedTo clip: Rect) {
        guard y >= clip.y, y < clip.maxY, x >= clip.x, x < clip.maxX else { return }
        write(text, x: x, y: y, style: style, maxWidth: clip.maxX - x)
    }
}
