import Foundation

/// One group of an analytics answer (`all`, or one value of a split), read as numbers.
struct AnalyticsGroup {
    struct Day {
        let date: String
        let status: String
        let metrics: [String: Double]
    }

    let days: [Day]
    let summary: [String: Double]

    init(_ json: Any?) throws {
        guard let object = json as? [String: Any], let daily = object["daily_metrics"] as? [[String: Any]],
            let summary = object["summary_metrics"] as? [String: Double]
        else { throw Failure("not an analytics group: \(String(describing: json))") }
        days = try daily.map { day in
            guard let date = day["date"] as? String, let status = day["data_status"] as? String,
                let metrics = day["metrics"] as? [String: Double]
            else { throw Failure("not a day of analytics: \(day)") }
            return Day(date: date, status: status, metrics: metrics)
        }
        self.summary = summary
    }

    /// The daily values of a metric, 0 where a day has none.
    func daily(_ metric: String) -> [Double] { days.map { $0.metrics[metric] ?? 0 } }

    /// The sum of a metric over the days.
    func total(_ metric: String) -> Double { daily(metric).reduce(0, +) }
}

extension Reply {
    /// The groups of an analytics answer, by name; throws unless the answer is a 200.
    func analyticsGroups() throws -> [String: AnalyticsGroup] {
        guard status == 200 else { throw Failure("answered \(status): \(message)") }
        return try object.mapValues(AnalyticsGroup.init)
    }
}

/// The metrics that are counts (they add up over days, pins and groups), as opposed to rates and averages.
let countedAccountMetrics = ["ENGAGEMENT", "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE"]

/// Element-wise sums of equally long series.
func addedUp(_ series: [[Double]]) -> [Double] {
    series.dropFirst().reduce(series.first ?? []) { zip($0, $1).map(+) }
}

/// Equal but for the last digits a JSON round trip may change.
func isClose(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= 1e-12 * max(1, abs(expected))
}

/// Days as the API writes them (`YYYY-MM-DD`, UTC).
enum UTCDays {
    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }

    /// The day of a millisecond timestamp, as `latest_available_timestamp` gives it.
    static func isoDay(ofMilliseconds milliseconds: Double) -> String {
        formatter().string(from: Date(timeIntervalSince1970: milliseconds / 1000))
    }

    /// The weekday of a day, 1 for Sunday to 7 for Saturday.
    static func weekday(of isoDay: String) -> Int? {
        let formatter = formatter()
        return formatter.date(from: isoDay).map {
            Calendar(identifier: .gregorian).dateComponents(in: formatter.timeZone, from: $0).weekday!
        }
    }
}
