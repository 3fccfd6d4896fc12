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
        let splitGroups = screen.split == .none ? nil : screen.splitReport.value?.groups
        let rowsHeight = min(AccountMetric.allCases.count + 2 + (splitGroups == nil ? 0 : 1), body.height / 2)
        let parts = body.split(heights: [nil, rowsHeight])
        let (chartBox, rowsBox) = (parts[0], parts[1])
        let metric = screen.metric
        buffer.drawBox(chartBox, style: theme.style(.borderFocused), title: metricsTitle(screen), titleStyle: theme.style(.titleFocused))
        let chartArea = chartBox.inset(horizontally: 2, vertically: 1)
        let rowsArea = rowsBox.inset(horizontally: 2, vertically: 1)
        let groupsHaveHeader = rowsArea.height > AccountMetric.allCases.count
        let choose = [key(for: .moveUp, in: .analytics, state), key(for: .moveDown, in: .analytics, state)].compactMap(\.self)
        let rowsTitle = if let splitGroups, !groupsHaveHeader {
            // No room for a header line: the title names the columns.
            "By \(screen.split.title): " + splitGroups.map(\.label).joined(separator: ", ")
        } else {
            choose.isEmpty ? "Metrics" : "Metrics · \(choose.joined(separator: "/")) chooses the chart"
        }
        buffer.drawBox(rowsBox, style: theme.style(.border), title: rowsTitle, titleStyle: theme.style(.title))

        switch screen.report {
        case .idle, .loading:
            buffer.write("Loading the account's analytics…", x: chartArea.x, y: chartArea.y, style: theme.style(.loading), maxWidth: chartArea.width)
        case .failed(let failure):
            buffer.write(failureLine(failure, state), x: chartArea.x, y: chartArea.y, style: theme.style(.error), maxWidth: chartArea.width)
        case .loaded(let report):
            drawLargeChart(report, screen: screen, state: state, in: chartArea, on: &buffer, theme: theme)
            drawMetricRows(
                report, previous: screen.previous.value, groups: splitGroups, groupsHaveHeader: groupsHaveHeader,
                chosen: metric, glyphs: state.chartGlyphs, in: rowsArea, on: &buffer, theme: theme)
        }
    }

    /// "Saves · 1 Nov – 20 Nov 2026 · web · organic · by app type": the metric, the period, the filters
    /// in effect and the split.
    static func metricsTitle(_ screen: AnalyticsScreenState) -> String {
        let split = screen.split == .none ? [] : ["by \(screen.split.title)"]
        return ([screen.metric.label, screen.periodTitle] + screen.filters.summary + split).joined(separator: " · ")
    }

    /// The roles that colour the groups of a split, one each, in order.
    private static let groupRoles: [ThemeRole] = [.borderFocused, .marked, .success, .warning, .loading]

    /// The chosen metric day by day, with its axes: one line, or one per group of the split (as many as the
    /// glyphs tell apart without colour: the largest). A note says what is not drawn or not final yet.
    private static func drawLargeChart(
        _ report: AccountMetricsReport, screen: AnalyticsScreenState, state: AppState, in area: Rect,
        on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let metric = screen.metric, glyphs = state.chartGlyphs
        var notes: [MetricChartsView.Note] = []
        var days = report.days
        var series = [LineChart.Series(name: metric.label, values: report.daily[metric] ?? [], style: theme.style(.count))]
        if screen.split != .none {
            switch screen.splitReport {
            case .idle, .loading:
                notes.append(.init(text: "⟳ splitting by \(screen.split.title)…", role: .loading))
            case .failed(let failure):
                notes.append(.init(text: failureLine(failure, state), role: .error))
            case .loaded(let split):
                let drawn = chartedGroups(split.groups, metric: metric, limit: min(glyphs.distinctSeriesCount, groupRoles.count))
                days = drawn.first?.report.days ?? days
                series = drawn.enumerated().map { index, group in
                    LineChart.Series(name: group.label, values: group.report.daily[metric] ?? [], style: theme.style(groupRoles[index]))
                }
                if drawn.count < split.groups.count {
                    notes.append(.init(text: "the \(drawn.count) largest of \(split.groups.count) groups drawn; the rows have every total", role: .muted))
                }
            }
        }
        MetricChartsView.drawLargeChart(
            days: days, series: series, isRate: metric.isRate, unfinishedDays: report.unfinishedDayCount, notes: notes,
            glyphs: glyphs, in: area, on: &buffer, theme: theme)
    }

    /// The groups a chart draws: the `limit` largest by the metric's total, in the split's order.
    static func chartedGroups(_ groups: [SplitMetricsReport.Group], metric: AccountMetric, limit: Int) -> [SplitMetricsReport.Group] {
        guard groups.count > limit else { return groups }
        let largest = groups.indices.sorted { (groups[$0].report.totals[metric] ?? 0) > (groups[$1].report.totals[metric] ?? 0) }
        return Set(largest.prefix(limit)).sorted().map { groups[$0] }
    }

    /// A row per metric: label, total, change against the period before, then a sparkline, or with a split
    /// each group's total (under a header naming the groups when there is room for one); the chosen one marked.
    private static func drawMetricRows(
        _ report: AccountMetricsReport, previous: AccountMetricsReport?, groups: [SplitMetricsReport.Group]?,
        groupsHaveHeader: Bool, chosen: AccountMetric, glyphs: ChartGlyphs, in area: Rect,
        on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let labelWidth = AccountMetric.allCases.map(\.label.count).max() ?? 0
        let totalWidth = 8
        let lead = 2 + labelWidth + 2 + (area.width >= MetricChartsView.exactTotalsWidth ? totalWidth + 13 : totalWidth) + 2
        // A column per group: as wide as its name over it, or just its number ("0.375%") without a header.
        let columns = (groups ?? []).map { groupsHaveHeader ? max(TextWidth.columns(of: $0.label), 6) + 2 : 7 }
        // With a split, the change gives way to the groups when they would not fit beside it.
        let showsChange = groups == nil || lead + 9 + columns.reduce(0, +) <= area.width
        var rowsArea = area
        if let groups, groupsHaveHeader {
            var x = area.x + lead + (showsChange ? 9 : 0)
            for (group, width) in zip(groups, columns) where x + width <= area.maxX {
                buffer.write(group.label.leftPadded(to: width), x: x, y: area.y, style: theme.style(.muted))
                x += width
            }
            rowsArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        }
        let rows = AccountMetric.allCases.map { metric in
            let total = report.totals[metric]
            let trail: MetricChartsView.Trail = if let groups {
                .groupTotals(groups.map { $0.report.totals[metric].map { format($0, metric) } ?? "—" })
            } else {
                .sparkline(report.daily[metric] ?? [], isRate: metric.isRate)
            }
            return MetricChartsView.Row(
                label: metric.label, total: total.map { format($0, metric) } ?? "—",
                exact: metric.isRate ? nil : total.map { CountFormat.exact(Int($0.rounded())) },
                change: previous.flatMap { change(from: $0.totals[metric], to: total) }, trail: trail, isChosen: metric == chosen)
        }
        MetricChartsView.drawRows(
            rows, totalWidth: totalWidth, showsChange: showsChange, groupColumnWidths: columns, glyphs: glyphs,
            in: rowsArea, on: &buffer, theme: theme)
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
