import PinterestAPI
import TackCore
import TerminalCanvas

/// The analytics screen: the chosen metric drawn large over the period, and below it a row per
/// metric with its total, the change against the period before, and a sparkline.
extension AppView {
    static func drawAnalyticsScreen(_ state: AppState, layout: ScreenLayout, on buffer: inout ScreenBuffer, theme: Theme) {
        let screen = state.analyticsScreen
        let body = Rect(
            x: layout.header.x, y: layout.header.y + 1, width: layout.header.width,
            height: layout.status.y - layout.header.y - 1)
        if screen.part == .topPins {
            drawTopPins(state, in: body, on: &buffer, theme: theme)
            return
        }
        let rowsHeight = min(AccountMetric.allCases.count + 2, body.height / 2)
        let parts = body.split(heights: [nil, rowsHeight])
        let (chartBox, rowsBox) = (parts[0], parts[1])
        let metric = screen.metric
        let title = "\(metric.label) · \(screen.period.title)"
        buffer.drawBox(chartBox, style: theme.style(.borderFocused), title: title, titleStyle: theme.style(.titleFocused))
        let choose = [key(for: .moveUp, in: .analytics, state), key(for: .moveDown, in: .analytics, state)].compactMap(\.self)
        let rowsTitle = choose.isEmpty ? "Metrics" : "Metrics · \(choose.joined(separator: "/")) chooses the chart"
        buffer.drawBox(rowsBox, style: theme.style(.border), title: rowsTitle, titleStyle: theme.style(.title))
        let chartArea = chartBox.inset(horizontally: 2, vertically: 1)
        let rowsArea = rowsBox.inset(horizontally: 2, vertically: 1)

        switch screen.report {
        case .idle, .loading:
            buffer.write("Loading the account's analytics…", x: chartArea.x, y: chartArea.y, style: theme.style(.loading), maxWidth: chartArea.width)
        case .failed(let failure):
            buffer.write(failureLine(failure, state), x: chartArea.x, y: chartArea.y, style: theme.style(.error), maxWidth: chartArea.width)
        case .loaded(let report):
            drawLargeChart(report, metric: metric, glyphs: state.chartGlyphs, in: chartArea, on: &buffer, theme: theme)
            drawMetricRows(
                report, previous: screen.previous.value, chosen: metric, glyphs: state.chartGlyphs, in: rowsArea,
                on: &buffer, theme: theme)
        }
    }

    /// The chosen metric day by day, with its axes; a note says how many recent days are not final.
    private static func drawLargeChart(
        _ report: AccountMetricsReport, metric: AccountMetric, glyphs: ChartGlyphs, in area: Rect,
        on buffer: inout ScreenBuffer, theme: Theme
    ) {
        guard area.height > 1 else { return }
        let pending = report.unfinishedDayCount
        let note = pending == 0 ? nil : "the last \(pending) day\(pending == 1 ? " is" : "s are") not final yet"
        let chartRect = note == nil ? area : Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1)
        let chart = LineChart(
            days: report.days.map { ChartDay(iso: $0) ?? ChartDay(year: 1970, month: 1, day: 1) },
            series: [.init(name: metric.label, values: report.daily[metric] ?? [], style: theme.style(.count))],
            valueFormat: metric.isRate ? .rate : .count, fillsArea: !metric.isRate, glyphs: glyphs,
            styles: .init(axis: theme.style(.border), label: theme.style(.muted)))
        chart.draw(in: chartRect, on: &buffer)
        if let note {
            buffer.write(note, x: area.x, y: area.maxY - 1, style: theme.style(.muted), maxWidth: area.width)
        }
    }

    /// A row per metric: label, total, change against the period before, sparkline; the chosen one marked.
    private static func drawMetricRows(
        _ report: AccountMetricsReport, previous: AccountMetricsReport?, chosen: AccountMetric, glyphs: ChartGlyphs,
        in area: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let labelWidth = AccountMetric.allCases.map(\.label.count).max() ?? 0
        // The exact totals of counts, where there is room for them beside a sparkline.
        let showsExact = area.width >= exactTotalsWidth
        for (row, metric) in AccountMetric.allCases.prefix(area.height).enumerated() {
            let y = area.y + row
            let isChosen = metric == chosen
            let style = theme.style(isChosen ? .selection : .text)
            var total = report.totals[metric].map { format($0, metric) } ?? "—"
            if showsExact, !metric.isRate, let value = report.totals[metric] {
                total += "  " + CountFormat.exact(Int(value.rounded())).leftPadded(to: 11)
            } else if showsExact {
                total += String(repeating: " ", count: 13)
            }
            let delta = previous.flatMap { change(from: $0.totals[metric], to: report.totals[metric]) } ?? ""
            let text = "\(isChosen ? "▸" : " ") \(metric.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0))  "
                + total.leftPadded(to: showsExact ? 21 : 8) + "  " + delta.leftPadded(to: 7) + "  "
            let width = buffer.write(text, x: area.x, y: y, style: style, maxWidth: area.width)
            // A column a day where there is room, beside the numbers.
            let values = report.daily[metric] ?? []
            let sparkRect = Rect(x: area.x + width, y: y, width: max(0, min(area.width - width, values.count)), height: 1)
            Sparkline(values: values, glyphs: glyphs, style: theme.style(.count), noDataStyle: theme.style(.muted))
                .draw(in: sparkRect, on: &buffer)
        }
    }

    /// "✗ why — r to retry", the retry key only when retrying may help.
    static func failureLine(_ failure: APIFailure, _ state: AppState) -> String {
        let retry = failure.isRetryable ? key(for: .retry, in: .analytics, state).map { " — \($0) to retry" } ?? "" : ""
        return "✗ \(failure.userMessage)\(retry)"
    }

    /// From this width of the metric rows on, counts show their exact totals too.
    static let exactTotalsWidth = 100

    /// "12.9k" for a count, "2.75%" for a rate.
    static func format(_ value: Double, _ metric: AccountMetric) -> String {
        metric.isRate ? ChartValueFormat.rate.label(value) : CompactNumber.format(value)
    }

    /// "+12%" or "−3%" from the period before; nil when it cannot be said (no value, or nothing before).
    static func change(from before: Double?, to now: Double?) -> String? {
        guard let before, let now, before != 0 else { return nil }
        let percent = ((now - before) / before * 100).rounded()
        return percent >= 0 ? "+\(Int(percent))%" : "−\(Int(-percent))%"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
