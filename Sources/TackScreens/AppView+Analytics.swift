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
        MetricChartsView.drawLargeChart(
            days: report.days, series: [.init(name: metric.label, values: report.daily[metric] ?? [], style: theme.style(.count))],
            isRate: metric.isRate, unfinishedDays: report.unfinishedDayCount, glyphs: glyphs, in: area, on: &buffer, theme: theme)
    }

    /// A row per metric: label, total, change against the period before, sparkline; the chosen one marked.
    private static func drawMetricRows(
        _ report: AccountMetricsReport, previous: AccountMetricsReport?, chosen: AccountMetric, glyphs: ChartGlyphs,
        in area: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let rows = AccountMetric.allCases.map { metric in
            MetricChartsView.Row(
                label: metric.label, total: report.totals[metric].map { format($0, metric) } ?? "—",
                exact: metric.isRate ? nil : report.totals[metric].map { CountFormat.exact(Int($0.rounded())) },
                change: previous.flatMap { change(from: $0.totals[metric], to: report.totals[metric]) },
                values: report.daily[metric] ?? [], isChosen: metric == chosen)
        }
        MetricChartsView.drawRows(rows, totalWidth: 8, showsChange: true, glyphs: glyphs, in: area, on: &buffer, theme: theme)
    }

    /// "✗ why — r to retry", the retry key only when retrying may help.
    static func failureLine(_ failure: APIFailure, _ state: AppState) -> String {
        let retry = failure.isRetryable ? key(for: .retry, in: .analytics, state).map { " — \($0) to retry" } ?? "" : ""
        return "✗ \(failure.userMessage)\(retry)"
    }

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
