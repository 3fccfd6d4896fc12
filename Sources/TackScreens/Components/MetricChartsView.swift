import TackCore
import TerminalCanvas

/// The two ways analytics draw metrics over a period, shared by the account's analytics and a pin's: one
/// metric large (a line or area chart with axes, one series per split group), and a row per metric with
/// its total and a sparkline.
enum MetricChartsView {
    /// One metric's row.
    struct Row {
        var label: String
        /// The total as shown: "12.9k", "2.75%", or one per split group.
        var total: String
        /// The exact total of a count, where there is room for it.
        var exact: String?
        /// The change against the period before ("+12%"), when the view shows changes.
        var change: String?
        var trail: Trail
        var isChosen: Bool
    }

    /// What follows a row's numbers.
    enum Trail {
        /// The daily values as a sparkline; a rate's starts at its lowest day, a count's at zero.
        case sparkline([Double?], isRate: Bool)
        /// With a split, each group's total, in the columns `drawRows` is given.
        case groupTotals([String])
    }

    /// A line under a chart: what is not drawn, or not final yet.
    struct Note {
        var text: String
        var role: ThemeRole
    }

    /// The chart of one metric day by day, with its axes; the last row gives `notes`, then how many
    /// recent days are not final yet.
    static func drawLargeChart(
        days: [String], series: [LineChart.Series], isRate: Bool, unfinishedDays: Int, notes: [Note] = [],
        glyphs: ChartGlyphs, in area: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        guard area.height > 1 else { return }
        var notes = notes
        if unfinishedDays > 0 {
            notes.append(Note(text: "the last \(unfinishedDays) day\(unfinishedDays == 1 ? " is" : "s are") not final yet", role: .muted))
        }
        let chartRect = notes.isEmpty ? area : Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1)
        let chart = LineChart(
            days: days.map { ChartDay(iso: $0) ?? ChartDay(year: 1970, month: 1, day: 1) },
            series: series, valueFormat: isRate ? .rate : .count, fillsArea: !isRate && series.count == 1, glyphs: glyphs,
            styles: .init(axis: theme.style(.border), label: theme.style(.muted)))
        chart.draw(in: chartRect, on: &buffer)
        var x = area.x
        for (index, note) in notes.enumerated() where x < area.maxX {
            let text = index == 0 ? note.text : " · " + note.text
            x += buffer.write(text, x: x, y: area.maxY - 1, style: theme.style(note.role), maxWidth: area.maxX - x)
        }
    }

    /// A row per metric: label, total (and the exact total from `exactTotalsWidth` columns on), the change
    /// when `showsChange`, then its trail: a sparkline in what is left, or the groups' totals in
    /// `groupColumnWidths` while they fit; the chosen row marked.
    static func drawRows(
        _ rows: [Row], totalWidth: Int, showsChange: Bool, groupColumnWidths: [Int] = [], glyphs: ChartGlyphs,
        in area: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let labelWidth = rows.map(\.label.count).max() ?? 0
        let showsExact = area.width >= exactTotalsWidth
        for (index, row) in rows.prefix(area.height).enumerated() {
            let y = area.y + index
            var total = row.total
            if showsExact, let exact = row.exact {
                total += "  " + exact.leftPadded(to: 11)
            } else if showsExact {
                total += String(repeating: " ", count: 13)
            }
            let change = showsChange ? (row.change ?? "").leftPadded(to: 7) + "  " : ""
            let text = "\(row.isChosen ? "▸" : " ") \(row.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0))  "
                + total.leftPadded(to: showsExact ? totalWidth + 13 : totalWidth) + "  " + change
            let style = theme.style(row.isChosen ? .selection : .text)
            var width = buffer.write(text, x: area.x, y: y, style: style, maxWidth: area.width)
            switch row.trail {
            case .sparkline(let values, let isRate):
                // A column a day where there is room, beside the numbers.
                let sparkRect = Rect(x: area.x + width, y: y, width: max(0, min(area.width - width, values.count)), height: 1)
                Sparkline(
                    values: values, baseline: isRate ? .lowestValue : .zero, glyphs: glyphs, style: theme.style(.count),
                    noDataStyle: theme.style(.muted))
                    .draw(in: sparkRect, on: &buffer)
            case .groupTotals(let totals):
                for (value, columnWidth) in zip(totals, groupColumnWidths) where width + columnWidth <= area.width {
                    width += buffer.write(value.leftPadded(to: columnWidth), x: area.x + width, y: y, style: style)
                }
            }
        }
    }

    /// From this width of the metric rows on, counts show their exact totals too.
    static let exactTotalsWidth = 100
}

extension String {
    /// Padded with spaces on the left to `width` characters (numbers, aligned right).
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
