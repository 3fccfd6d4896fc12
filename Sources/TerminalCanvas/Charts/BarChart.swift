/// Horizontal bars, one a row: each bar's label on the left, its bar in the middle, scaled to the largest
/// value (or a given maximum), and its display text (the exact figure, say) right-aligned on the right.
/// Labels and texts are sanitised and cut with an ellipsis to fit; rows beyond the rect are not drawn.
/// The highlighted bar's whole row draws in the highlight style.
public struct BarChart: Sendable {
    /// One row of the chart.
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double
        /// What the row shows for the value, e.g. "12.9k" or "1,234".
        public var text: String

        public init(label: String, value: Double, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    /// The styles of a bar chart's parts, given by the caller (from its theme).
    public struct Styles: Hashable, Sendable {
        public var label: Style
        public var bar: Style
        public var text: Style
        public var highlight: Style

        public init(label: Style = .plain, bar: Style = .plain, text: Style = .plain, highlight: Style = .plain) {
            self.label = label
            self.bar = bar
            self.text = text
            self.highlight = highlight
        }
    }

    public var bars: [Bar]
    /// The value drawn as a full bar; `nil`: the largest value.
    public var maximum: Double?
    /// The index of the bar to highlight, if any.
    public var highlighted: Int?
    public var glyphs: ChartGlyphs
    public var styles: Styles

    public init(
        bars: [Bar],
        maximum: Double? = nil,
        highlighted: Int? = nil,
        glyphs: ChartGlyphs,
        styles: Styles = Styles()
    ) {
        self.bars = bars
        self.maximum = maximum
        self.highlighted = highlighted
        self.glyphs = glyphs
        self.styles = styles
    }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let labelWidth = min(bars.map { Self.columns(of: $0.label) }.max() ?? 0, rect.width / 3)
        let textWidth = min(bars.map { Self.columns(of: $0.text) }.max() ?? 0, rect.width / 4)
        let columns = rect.split(widths: [labelWidth, labelWidth > 0 ? 1 : 0, nil, textWidth > 0 ? 1 : 0, textWidth])
        let (labelColumn, barColumn, textColumn) = (columns[0], columns[2], columns[4])
        let largest = maximum ?? bars.map(\.value).max() ?? 0
        for (index, bar) in bars.prefix(rect.height).enumerated() {
            let y = rect.y + index
            let isHighlighted = index == highlighted
            let label = TextWidth.pad(TextSanitizer.sanitize(bar.label), toColumns: labelColumn.width)
            buffer.write(label, x: labelColumn.x, y: y, style: isHighlighted ? styles.highlight : styles.label, clippedTo: rect)
            HorizontalBar(value: bar.value, maximum: largest, glyphs: glyphs, style: isHighlighted ? styles.highlight : styles.bar)
                .draw(in: Rect(x: barColumn.x, y: y, width: barColumn.width, height: 1), on: &buffer)
            let text = TextWidth.truncate(TextSanitizer.sanitize(bar.text), toColumns: textColumn.width)
            let textX = textColumn.maxX - TextWidth.columns(of: text)
            buffer.write(text, x: textX, y: y, style: isHighlighted ? styles.highlight : styles.text, clippedTo: rect)
        }
    }

    private static func columns(of text: String) -> Int {
        TextWidth.columns(of: TextSanitizer.sanitize(text))
    }
}
