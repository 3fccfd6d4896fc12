import PinterestAPI

/// user_account/analytics for one window, day by day, as the analytics screen reads it.
public struct AccountMetricsReport: Sendable, Equatable {
    /// The window's days, oldest first, as the API spells them ("2026-11-30").
    public var days: [String]
    /// Whether each day's numbers are final; a day that is not is shown as such, never as zero.
    public var dayStatuses: [DataStatus?]
    /// Each metric's value per day (nil: no number for that day), in `days` order.
    public var daily: [AccountMetric: [Double?]]
    /// The period's total (or, for a rate, its value over the period) as the API sums it.
    public var totals: [AccountMetric: Double]

    public init(days: [String], dayStatuses: [DataStatus?], daily: [AccountMetric: [Double?]], totals: [AccountMetric: Double]) {
        self.days = days
        self.dayStatuses = dayStatuses
        self.daily = daily
        self.totals = totals
    }

    /// Reads the answer's unsplit group ("ALL", or "all" as some answers spell it).
    public init(_ response: AccountAnalyticsResponse) {
        self.init(group: response["ALL"] ?? response["all"] ?? response.values.first)
    }

    /// Reads one group of an answer (nil: an answer without it, read as no days).
    public init(group: AnalyticsMetricsResponse?) {
        let daysInOrder = (group?.dailyMetrics ?? []).sorted { ($0.date ?? "") < ($1.date ?? "") }
        days = daysInOrder.map { $0.date ?? "" }
        dayStatuses = daysInOrder.map(\.dataStatus)
        var daily: [AccountMetric: [Double?]] = [:]
        var totals: [AccountMetric: Double] = [:]
        for metric in AccountMetric.allCases {
            daily[metric] = daysInOrder.map { $0.metrics?[metric.rawValue] }
            totals[metric] = group?.summaryMetrics?[metric.rawValue]
        }
        self.daily = daily
        self.totals = totals
    }

    /// How many of the days are not final yet (processing or estimated).
    public var unfinishedDayCount: Int { dayStatuses.filter { $0 != .ready }.count }
}
