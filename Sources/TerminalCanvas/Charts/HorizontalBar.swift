/// One horizontal bar: `value` over `maximum` as a share of the rect's width, drawn on every row of the
/// rect from its left edge. The end cell is an eighth block in the UTF-8 glyph sets; ASCII rounds to
/// whole `#` cells. Any value above zero shows at least the smallest part; zero and below draw nothing.
public struct HorizontalBar: Sendable {
    public var value: Double
    public var maximum: Double
    public var glyphs: ChartGlyphs
    public var style: Style

    public init(value: Double, maximum: Double, glyphs: ChartGlyphs, style: Style = .plain) {
        self.value = value
        self.maximum = maximum
        self.glyphs = glyphs
        self.style = style
    }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        let parts = glyphs.barParts
        let length = Self.length(of: value, maximum: maximum, parts: rect.width * parts.count)
        guard !rect.isEmpty, length > 0 else { return }
        let full = String(repeating: parts[parts.count - 1], count: length / parts.count)
        let end = length % parts.count > 0 ? parts[length % parts.count - 1] : ""
        for row in rect.y..<rect.maxY {
            buffer.write(full + end, x: rect.x, y: row, style: style, clippedTo: rect)
        }
    }

    /// The bar's length in parts out of `parts`.
    private static func length(of value: Double, maximum: Double, parts: Int) -> Int {
        let value = ChartValue.clamp(value), maximum = ChartValue.clamp(maximum)
        guard value > 0, maximum > 0, parts > 0 else { return 0 }
        return max(1, Int((min(1, value / maximum) * Double(parts)).rounded()))
    }
}
