import Foundation
import PinterestAPI

/// Analytics answers as tables: a row a day (and a summary row) for each split group, or a row a top pin,
/// with a column for each metric.
enum MetricsTable {
    /// One split group's metrics, under the values of the leading columns (e.g. the pin id and group).
    struct Group {
        var leading: [String]
        var daily: [AnalyticsDailyMetrics]
        var summary: [String: Double]?
    }

    static func daily(_ groups: [Group], leadingColumns: [String]) -> TableLayout {
        var names = Set<String>()
        for group in groups {
            group.daily.forEach { names.formUnion(($0.metrics ?? [:]).keys) }
            names.formUnion((group.summary ?? [:]).keys)
        }
        let metrics = names.sorted()
        var rows: [[String]] = []
        for group in groups {
            for day in group.daily {
                let values: [String] = metrics.map { format(day.metrics?[$0]) }
                rows.append(group.leading + [day.date ?? ""] + values)
            }
            if let summary = group.summary {
                let values: [String] = metrics.map { format(summary[$0]) }
                rows.append(group.leading + ["summary"] + values)
            }
        }
        return TableLayout(columns: leadingColumns + ["DATE"] + metrics, rows: rows)
    }

    static func topPins<SortKey>(_ report: TopPinsReport<SortKey>) -> TableLayout {
        let pins = report.pins ?? []
        let metrics = Set(pins.flatMap { ($0.metrics ?? [:]).keys }).sorted()
        return TableLayout(
            columns: ["PIN_ID"] + metrics,
            rows: pins.map { pin in [pin.pinId ?? ""] + metrics.map { format(pin.metrics?[$0]) } })
    }

    /// Whole numbers without decimals, rates with up to four.
    static func format(_ value: Double?) -> String {
        guard let value else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
