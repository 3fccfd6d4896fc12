/// A daily line (or area) chart of one or more series with a value axis on the left (round ticks,
/// compact labels) and a date axis at the bottom (labels that never overlap), plotted in braille dots,
/// half blocks or ASCII marks by `glyphs`. Several series get a legend on the top row.
///
/// `nil` values are gaps: the line breaks there and nothing is filled. Everything stays inside the rect:
/// a short rect drops the legend, then both axes (leaving only the plot); a narrow one drops the axes.
public struct LineChart: Sendable {
    /// One line: a value (or `nil` for no data) per day, drawn in `style`.
    public struct Series: Hashable, Sendable {
        public var name: String
        public var values: [Double?]
        public var style: Style

        public init(name: String, values: [Double?], style: Style = .plain) {
            self.name = name
            self.values = values
            self.style = style
        }
    }

    /// The styles of the chart's frame; each series brings its own.
    public struct Styles: Hashable, Sendable {
        public var axis: Style
        public var label: Style

        public init(axis: Style = .plain, label: Style = .plain) {
            self.axis = axis
            self.label = label
        }
    }

    /// The day of each x position; `series[n].values[i]` belongs to `days[i]`.
    public var days: [ChartDay]
    public var series: [Series]
    public var valueFormat: ChartValueFormat
    /// Whether the area between each line and zero is filled (an area chart).
    public var fillsArea: Bool
    public var glyphs: ChartGlyphs
    public var styles: Styles

    public init(
        days: [ChartDay],
        series: [Series],
        valueFormat: ChartValueFormat = .count,
        fillsArea: Bool = false,
        glyphs: ChartGlyphs,
        styles: Styles = Styles()
    ) {
        self.days = days
        self.series = series
        self.valueFormat = valueFormat
        self.fillsArea = fillsArea
        self.glyphs = glyphs
        self.styles = styles
    }

    /// The narrowest plot worth drawing axes for.
    private static let minimumPlotWidth = 4

    public func draw(in rect: Rect, on buffer: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        var area = rect
        if series.count > 1, area.height >= 4 {
            drawLegend(in: Rect(x: area.x, y: area.y, width: area.width, height: 1), on: &buffer)
            area = area.split(heights: [1, nil])[1]
        }
        let values = series.map { $0.values.map(ChartValue.clean) }
        let present = values.flatMap { $0.compactMap { $0 } }
        let plotRows = area.height - 2
        let ticks = ValueTicks(
            minimum: present.min() ?? 0,
            maximum: present.max() ?? 0,
            maximumCount: max(2, min(5, plotRows / 2 + 1)),
            smallestStep: valueFormat.smallestStep
        )
        let tickLabels = ticks.values.map { (value: $0, text: valueFormat.label($0)) }
        let labelWidth = tickLabels.map { TextWidth.columns(of: $0.text) }.max() ?? 0
        let showsAxes = plotRows >= 2 && area.width >= labelWidth + 1 + Self.minimumPlotWidth
        let plot = showsAxes
            ? Rect(x: area.x + labelWidth + 1, y: area.y, width: area.width - labelWidth - 1, height: plotRows)
            : area
        var raster = DotRaster(columns: plot.width, rows: plot.height, glyphs: glyphs)
        let scale = PlotScale(
            pointCount: max(days.count, values.map(\.count).max() ?? 0),
            dotWidth: raster.dotWidth, dotHeight: raster.dotHeight, dotsDown: glyphs.dotsPerCell.down,
            ticks: ticks
        )
        for (index, seriesValues) in values.enumerated() {
            plotLine(seriesValues, series: index, scale: scale, into: &raster)
        }
        for row in 0..<raster.rows {
            for column in 0..<raster.columns {
                guard let (glyph, owner) = raster.cell(column: column, row: row) else { continue }
                buffer.write(glyph, x: plot.x + column, y: plot.y + row, style: series[owner.series].style, clippedTo: plot)
            }
        }
        if showsAxes {
            drawValueAxis(tickLabels, plot: plot, scale: scale, on: &buffer)
            drawDateAxis(plot: plot, row: Rect(x: area.x, y: plot.maxY + 1, width: area.width, height: 1), scale: scale, on: &buffer)
        }
    }

    /// Where values and days land in the raster's dots, and a value's cell row.
    private struct PlotScale {
        let pointCount: Int
        let dotWidth: Int
        let dotHeight: Int
        let dotsDown: Int
        let ticks: ValueTicks

        func x(_ index: Int) -> Int {
            guard pointCount > 1 else { return (dotWidth - 1) / 2 }
            return Int((Double(index) * Double(dotWidth - 1) / Double(pointCount - 1)).rounded())
        }

        func y(_ value: Double) -> Int {
            let share = (min(ticks.upper, max(ticks.lower, value)) - ticks.lower) / (ticks.upper - ticks.lower)
            return Int((share * Double(dotHeight - 1)).rounded())
        }

        /// The cell row of a value, counted from the plot's top.
        func row(_ value: Double) -> Int {
            (dotHeight - 1 - y(value)) / dotsDown
        }
    }

    /// A series's line, broken at gaps, and its area down to zero when asked.
    private func plotLine(_ values: [Double?], series: Int, scale: PlotScale, into raster: inout DotRaster) {
        let points = values.indices.map { index in values[index].map { (x: scale.x(index), y: scale.y($0)) } }
        let baseline = scale.y(0)
        var path = DotRaster.Path()
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            let next = index + 1 < points.count ? points[index + 1] : nil
            let previous = index > 0 ? points[index - 1] : nil
            if next == nil, previous == nil {
                // A day alone between gaps shows whatever the series's dotting.
                raster.set(x: point.x, y: point.y, series: series, ink: .line)
            } else {
                raster.line(from: point, to: next ?? point, series: series, path: &path)
            }
            guard fillsArea else { continue }
            let end = next ?? point
            for x in point.x...end.x {
                let share = end.x == point.x ? 0 : Double(x - point.x) / Double(end.x - point.x)
                let y = point.y + Int((Double(end.y - point.y) * share).rounded())
                raster.fill(x: x, from: baseline, to: y, series: series)
            }
        }
    }

    private func drawValueAxis(
        _ ticks: [(value: Double, text: String)], plot: Rect, scale: PlotScale, on buffer: inout ScreenBuffer
    ) {
        let axisX = plot.x - 1
        for row in plot.y..<plot.maxY {
            buffer.write(glyphs.verticalAxis, x: axisX, y: row, style: styles.axis)
        }
        var labelledRows: Set<Int> = []
        for tick in ticks {
            let row = plot.y + scale.row(tick.value)
            guard labelledRows.insert(row).inserted else { continue }
            buffer.write(glyphs.valueTick, x: axisX, y: row, style: styles.axis)
            buffer.write(tick.text, x: axisX - TextWidth.columns(of: tick.text), y: row, style: styles.label)
        }
    }

    private func drawDateAxis(plot: Rect, row: Rect, scale: PlotScale, on buffer: inout ScreenBuffer) {
        let axisY = plot.maxY
        buffer.write(
            glyphs.axisCorner + String(repeating: glyphs.horizontalAxis, count: plot.width),
            x: plot.x - 1, y: axisY, style: styles.axis
        )
        let dotsAcross = glyphs.dotsPerCell.across
        let labels = AxisLabelPlacement(
            labels: days.map(\.shortLabel),
            columns: days.indices.map { plot.x + scale.x($0) / dotsAcross },
            row: row
        )
        for label in labels.placed {
            buffer.write(glyphs.dateTick, x: label.column, y: axisY, style: styles.axis)
            buffer.write(label.text, x: label.x, y: row.y, style: styles.label, clippedTo: row)
        }
    }

    /// Each series's mark and name, left to right, the last name cut to the room that is left.
    private func drawLegend(in row: Rect, on buffer: inout ScreenBuffer) {
        var x = row.x
        for (index, entry) in series.enumerated() {
            let mark = glyphs.seriesMark(index)
            let markWidth = TextWidth.columns(of: mark) + 1
            guard row.maxX - x > markWidth else { return }
            buffer.write(mark, x: x, y: row.y, style: entry.style, clippedTo: row)
            let name = TextWidth.truncate(TextSanitizer.sanitize(entry.name), toColumns: row.maxX - x - markWidth)
            buffer.write(name, x: x + markWidth, y: row.y, style: styles.label, clippedTo: row)
            x += markWidth + TextWidth.columns(of: name) + 2
        }
    }
}
