import PinterestAPI
import TackCore
import TerminalCanvas

/// One pin's analytics (the chosen metric large, a row per metric) or the marked pins compared (a row per
/// pin, a column per metric, the best of each column marked), over the body of whatever screen opened them.
extension AppView {
    static func drawPinAnalytics(
        _ overlay: PinAnalyticsOverlay, _ state: AppState, layout: ScreenLayout, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let body = layout.body
        buffer.fill(body, style: theme.style(.text))
        switch overlay.subject {
        case .one(let pin):
            drawOnePin(pin, overlay, state, in: body, on: &buffer, theme: theme)
        case .compared(let pins):
            drawComparison(pins, overlay, state, in: body, on: &buffer, theme: theme)
        }
    }

    private static func drawOnePin(
        _ pin: PinSummary, _ overlay: PinAnalyticsOverlay, _ state: AppState, in body: Rect,
        on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let metrics = overlay.metrics
        let rowsHeight = min(metrics.count + 2, body.height / 2)
        let parts = body.split(heights: [nil, rowsHeight])
        let (chartBox, rowsBox) = (parts[0], parts[1])
        let split = overlay.splitsByAppType ? " · by app type" : ""
        let title = "\(label(overlay.metric)) · \(TextSanitizer.sanitize(pin.title)) · \(overlay.period.title)\(split)"
        buffer.drawBox(chartBox, style: theme.style(.borderFocused), title: title, titleStyle: theme.style(.titleFocused))
        let choose = [key(for: .moveUp, in: .pinAnalytics, state), key(for: .moveDown, in: .pinAnalytics, state)].compactMap(\.self)
        let rowsTitle = choose.isEmpty ? "Pin metrics" : "Pin metrics · \(choose.joined(separator: "/")) chooses the chart"
        buffer.drawBox(rowsBox, style: theme.style(.border), title: rowsTitle, titleStyle: theme.style(.title))
        let chartArea = chartBox.inset(horizontally: 2, vertically: 1)
        let rowsArea = rowsBox.inset(horizontally: 2, vertically: 1)

        guard let report = loadedReport(pin.id, overlay, state, in: chartArea, on: &buffer, theme: theme) else { return }
        if report.hasNoDailyData {
            let why = "No numbers for these days yet: \(statusesText(report))"
            buffer.write(why, x: chartArea.x, y: chartArea.y, style: theme.style(.muted), maxWidth: chartArea.width)
        } else {
            let styles: [ThemeRole] = [.count, .success, .warning, .headerAccent, .error]
            let series = report.groups.enumerated().map { index, group in
                LineChart.Series(
                    name: groupName(group.name), values: (group.daily[overlay.metric] ?? []).map { shown($0, overlay.metric) },
                    style: theme.style(styles[index % styles.count]))
            }
            MetricChartsView.drawLargeChart(
                days: report.days, series: series, isRate: overlay.metric.isRate, unfinishedDays: report.unfinishedDayCount,
                glyphs: state.chartGlyphs, in: chartArea, on: &buffer, theme: theme)
        }
        let rows = metrics.map { metricRow($0, report, chosen: overlay.metric) }
        // The chosen metric stays in view when there are more rows than room.
        let chosenIndex = metrics.firstIndex(of: overlay.metric) ?? 0
        let first = max(0, min(chosenIndex - rowsArea.height + 1, rows.count - rowsArea.height))
        let totalWidth = max(8, rows.map(\.total.count).max() ?? 0)
        MetricChartsView.drawRows(
            Array(rows.dropFirst(first)), totalWidth: totalWidth, showsChange: false, glyphs: state.chartGlyphs,
            in: rowsArea, on: &buffer, theme: theme)
    }

    /// A metric's row: its total (one per app type when split) and its daily values (summed over the
    /// groups; a rate's mean).
    private static func metricRow(_ metric: PinMetric, _ report: PinMetricsReport, chosen: PinMetric) -> MetricChartsView.Row {
        let groups = report.groups
        let total: String
        var exact: String?
        if groups.count == 1 {
            let value = groups[0].totals[metric]
            total = value.map { format($0, metric) } ?? "—"
            exact = metric.isRate || metric.isDuration ? nil : value.map { CountFormat.exact(Int($0.rounded())) }
        } else {
            total = groups.map { group in
                "\(groupName(group.name).prefix(1)) \(group.totals[metric].map { format($0, metric) } ?? "—")"
            }.joined(separator: " · ")
        }
        let values = report.days.indices.map { day -> Double? in
            let present = groups.compactMap { $0.daily[metric]?[day] }.map { shown($0, metric) }
            guard !present.isEmpty else { return nil }
            let sum = present.reduce(0, +)
            return metric.isRate ? sum / Double(present.count) : sum
        }
        return MetricChartsView.Row(
            label: label(metric), total: total, exact: exact, change: nil, trail: .sparkline(values, isRate: metric.isRate),
            isChosen: metric == chosen)
    }

    private static func drawComparison(
        _ pins: [PinSummary], _ overlay: PinAnalyticsOverlay, _ state: AppState, in body: Rect,
        on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let title = "\(pins.count) pin\(pins.count == 1 ? "" : "s") compared · \(overlay.period.title) · by \(label(overlay.metric))"
        buffer.drawBox(body, style: theme.style(.borderFocused), title: title, titleStyle: theme.style(.titleFocused))
        let area = body.inset(horizontally: 2, vertically: 1)
        guard area.height > 2, area.width > 20,
              let reports = loadedReports(overlay, state, in: area, on: &buffer, theme: theme)
        else { return }

        // The sort metric first, then the others while they fit.
        let columnWidth = 10, titleMinimum = 20
        let others = overlay.metrics.filter { $0 != overlay.metric }
        let room = max(0, (area.width - titleMinimum) / columnWidth - 1)
        let columns = [overlay.metric] + others.prefix(room)
        let titleWidth = area.width - columns.count * columnWidth
        let header = TextWidth.pad("Pin", toColumns: titleWidth) + columns.map { $0.heading.leftPadded(to: columnWidth) }.joined()
        buffer.write(header, x: area.x, y: area.y, style: theme.style(.detailLabel), maxWidth: area.width)

        func total(_ pin: PinSummary, _ metric: PinMetric) -> Double? {
            reports[pin.id]?.groups.first?.totals[metric]
        }
        let best = Dictionary(uniqueKeysWithValues: columns.map { metric in (metric, pins.compactMap { total($0, metric) }.max()) })
        let marker = state.chartGlyphs == .ascii ? "*" : "▲"
        let sorted = overlay.sortedPins
        let notes = comparisonNotes(reports, hiddenColumns: overlay.metrics.count - columns.count, marker: marker)
        let visible = max(1, area.height - 1 - notes.count)
        let selected = min(overlay.selectedRow, sorted.count - 1)
        let first = max(0, min(selected - visible / 2, sorted.count - visible))
        for (line, index) in (first..<min(sorted.count, first + visible)).enumerated() {
            let pin = sorted[index]
            let y = area.y + 1 + line
            let rowStyle = theme.style(index == selected ? .selection : .text)
            let name = TextWidth.pad(TextWidth.truncate(TextSanitizer.sanitize(pin.title), toColumns: titleWidth - 1), toColumns: titleWidth)
            var x = area.x + buffer.write(name, x: area.x, y: y, style: rowStyle, maxWidth: titleWidth)
            for metric in columns {
                let value = total(pin, metric)
                let isBest = value != nil && value == best[metric] ?? nil && pins.count > 1
                let text = (isBest ? marker : "") + (value.map { format($0, metric) } ?? "—")
                let style = isBest && index != selected ? theme.style(.success) : rowStyle
                buffer.write(text.leftPadded(to: columnWidth), x: x, y: y, style: style, maxWidth: columnWidth)
                x += columnWidth
            }
        }
        for (offset, note) in notes.enumerated() {
            buffer.write(note, x: area.x, y: area.maxY - notes.count + offset, style: theme.style(.muted), maxWidth: area.width)
        }
    }

    /// What the comparison says below its rows: the marker's meaning, days not final, columns off screen.
    private static func comparisonNotes(_ reports: [String: PinMetricsReport], hiddenColumns: Int, marker: String) -> [String] {
        var parts = ["\(marker) best of the column"]
        let unfinished = reports.values.map(\.unfinishedDayCount).max() ?? 0
        if unfinished > 0 { parts.append("last \(unfinished) day\(unfinished == 1 ? "" : "s") not final") }
        if hiddenColumns > 0 { parts.append("\(hiddenColumns) more metric\(hiddenColumns == 1 ? "" : "s") when wider") }
        return [parts.joined(separator: " · ")]
    }

    /// The pin's report once loaded; until then, or after a failure, says so in `area`.
    private static func loadedReport(
        _ pinId: String, _ overlay: PinAnalyticsOverlay, _ state: AppState, in area: Rect,
        on buffer: inout ScreenBuffer, theme: Theme
    ) -> PinMetricsReport? {
        guard let reports = loadedReports(overlay, state, in: area, on: &buffer, theme: theme) else { return nil }
        guard let report = reports[pinId] else {
            buffer.write("Pinterest sent no numbers for this pin", x: area.x, y: area.y, style: theme.style(.muted), maxWidth: area.width)
            return nil
        }
        return report
    }

    private static func loadedReports(
        _ overlay: PinAnalyticsOverlay, _ state: AppState, in area: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) -> [String: PinMetricsReport]? {
        switch overlay.reports {
        case .idle, .loading:
            let what = overlay.isComparison ? "the pins' analytics" : "the pin's analytics"
            buffer.write("Loading \(what)…", x: area.x, y: area.y, style: theme.style(.loading), maxWidth: area.width)
        case .failed(let failure) where failure.status == 403:
            let whose = overlay.isComparison ? "One of these pins is not yours" : "This pin is not yours"
            let text = "✗ \(whose): Pinterest gives analytics only for pins on your own boards (or group boards shared with you)"
            buffer.write(text, x: area.x, y: area.y, style: theme.style(.error), maxWidth: area.width)
        case .failed(let failure):
            buffer.write(failureLine(failure, state), x: area.x, y: area.y, style: theme.style(.error), maxWidth: area.width)
        case .loaded(let reports):
            return reports
        }
        return nil
    }

    /// "Mobile" for "MOBILE"; "All" for the unsplit group.
    private static func groupName(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst().lowercased()
    }

    /// Play times are milliseconds, charted in seconds.
    private static func shown(_ value: Double, _ metric: PinMetric) -> Double {
        metric.isDuration ? value / 1000 : value
    }

    private static func shown(_ value: Double?, _ metric: PinMetric) -> Double? {
        value.map { shown($0, metric) }
    }

    private static func label(_ metric: PinMetric) -> String {
        metric.isDuration ? "\(metric.label) (s)" : metric.label
    }

    /// "12.9k" for a count, "2.75%" for a rate, "1m 05s" for a play time (the API's milliseconds).
    private static func format(_ value: Double, _ metric: PinMetric) -> String {
        if metric.isDuration { return CompactDuration.format(milliseconds: value) }
        return metric.isRate ? ChartValueFormat.rate.label(value) : CompactNumber.format(value)
    }

    /// Why days have no numbers: "before the pin was created", "still processing"…
    private static func statusesText(_ report: PinMetricsReport) -> String {
        var reasons: [String] = []
        for status in report.dayStatuses.compactMap({ $0 }) where status != .ready {
            let reason = switch status {
            case .beforePinCreated: "the pin did not exist yet"
            case .processing: "still processing"
            case .estimate: "estimated"
            default: status.rawValue.lowercased().replacingOccurrences(of: "_", with: " ")
            }
            if !reasons.contains(reason) { reasons.append(reason) }
        }
        return reasons.isEmpty ? "none sent" : reasons.joined(separator: ", ")
    }
}
