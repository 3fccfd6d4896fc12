/// A compact chart of a series, one column per value: bars of eighth blocks (or `.:-=+*#` in ASCII) in
/// one or more rows, scaled from zero (or the lowest negative value) to the largest value or a given maximum;
/// or, with the `.lowestValue` baseline, from the series' lowest value, so a rate that moves between 2.7%
/// and 2.9% shows its shape instead of a flat full bar.
///
/// A `nil` value (no data) shows the glyph set's `noDataMark` in `noDataStyle`, never a zero. The bottom of the
/// scale (zero, or the lowest negative value) is blank, and any value above it shows at least the lowest level. More values than columns are resampled
/// (each column shows the largest value of its bucket); fewer are aligned right, the latest at the edge.
public struct Sparkline: Sendable {
    public var values: [Double?]
    /// The value drawn as a full column; larger values are cut. `nil`: the largest value.
    public var maximum: Double?
    public var baseline: Baseline
    public var glyphs: ChartGlyphs
    public var style: Style
    public var noDataStyle: Style

    public init(
        values: [Double?],
        maximum: Double? = nil,
        baseline: Baseline = .zero,
        glyphs: ChartGlyphs,
        style: Style = .plain,
        noDataStyle: Style? = nil
    ) {
        self.values = values
        self.maximum = maximum
        self.baseline = baseline
        self.glyphs = glyphs
        self.style = style
        self.noDataStyle = noDataStyle ?? style
    }

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        let shown = Self.resample(values.map(ChartValue.clean), toColumns: rect.width)
        let present = shown.compactMap { $0 }
        let upper = maximum.map(ChartValue.clamp) ?? present.max() ?? 0
        let levels = glyphs.sparkLevels
        let totalLevels = rect.height * levels.count
        let lowest = present.min() ?? 0
        // From the lowest value, that value itself still shows the first level: the scale starts one level below it.
        let lower = switch baseline {
        case .zero: min(0, lowest)
        case .lowestValue where upper > lowest: lowest - (upper - lowest) / Double(max(1, totalLevels - 1))
        case .lowestValue: min(0, lowest)
        }
        let firstColumn = rect.maxX - shown.count
        for (offset, value) in shown.enumerated() {
            let x = firstColumn + offset
            guard let value else {
                buffer.write(glyphs.noDataMark, x: x, y: rect.maxY - 1, style: noDataStyle, clippedTo: rect)
                continue
            }
            let level = Self.level(of: value, lower: lower, upper: upper, levels: totalLevels)
            for rowFromBottom in 0..<rect.height {
                let filled = min(levels.count, level - rowFromBottom * levels.count)
                guard filled > 0 else { break }
                buffer.write(levels[filled - 1], x: x, y: rect.maxY - 1 - rowFromBottom, style: style, clippedTo: rect)
            }
        }
    }

    /// Where the scale starts.
    public enum Baseline: Sendable {
        /// Zero, or the lowest value when it is negative: heights compare amounts.
        case zero
        /// The series' lowest value, drawn as the first level: heights show the change.
        case lowestValue
    }

    /// How many of `levels` a value fills: 0 only at or below `lower`, at least 1 above it.
    private static func level(of value: Double, lower: Double, upper: Double, levels: Int) -> Int {
        guard value > lower else { return 0 }
        guard upper > lower else { return 1 }
        let share = min(1, (value - lower) / (upper - lower))
        return max(1, Int((share * Double(levels)).rounded()))
    }

    /// At most `columns` values: the largest of each bucket when there are more, all of them otherwise.
    /// A bucket with no data at all stays `nil`.
    static func resample(_ values: [Double?], toColumns columns: Int) -> [Double?] {
        guard values.count > columns else { return values }
        return (0..<columns).map { column in
            let bucket = values[(column * values.count / columns)..<((column + 1) * values.count / columns)]
            return bucket.compactMap { $0 }.max()
        }
    }
}
