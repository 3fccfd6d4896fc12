import PinterestAPI

/// One pin's pins/analytics answer for one window, day by day and group by group, as the pin's analytics
/// read it: one group ("ALL") unsplit, one per app type when split.
public struct PinMetricsReport: Sendable, Equatable {
    /// One split group's numbers.
    public struct Group: Sendable, Equatable {
        /// The API's name of the group: "ALL", or an app type ("MOBILE", "WEB"…).
        public var name: String
        /// Each metric's value per day (nil: no number for that day), in `days` order.
        public var daily: [PinMetric: [Double?]]
        /// The period's total (for the save rate, its value over the period) as the API sums it.
        public var totals: [PinMetric: Double]

        public init(name: String, daily: [PinMetric: [Double?]], totals: [PinMetric: Double]) {
            self.name = name
            self.daily = daily
            self.totals = totals
        }
    }

    /// The window's days, oldest first, as the API spells them ("2026-11-30").
    public var days: [String]
    /// Each day's data status; a day that is not READY is shown as such, never as zero.
    public var dayStatuses: [DataStatus?]
    /// "ALL" first, then the other groups by name.
    public var groups: [Group]
    /// The metrics the pin has: every count and rate, and the video metrics when the answer has them.
    public var metrics: [PinMetric]

    public init(days: [String], dayStatuses: [DataStatus?], groups: [Group], metrics: [PinMetric]) {
        self.days = days
        self.dayStatuses = dayStatuses
        self.groups = groups
        self.metrics = metrics
    }

    public init(_ response: PinAnalyticsResponse) {
        let isAll = { (name: String) in name.uppercased() == "ALL" }
        let names = response.keys.filter(isAll).sorted() + response.keys.filter { !isAll($0) }.sorted()
        let firstGroup: [AnalyticsDailyMetrics] = names.first.flatMap { response[$0]?.dailyMetrics } ?? []
        let firstDays = firstGroup.sorted { ($0.date ?? "") < ($1.date ?? "") }
        days = firstDays.map { $0.date ?? "" }
        dayStatuses = firstDays.map { $0.dataStatus }
        groups = names.map { name in
            let byDate = Dictionary(
                (response[name]?.dailyMetrics ?? []).map { ($0.date ?? "", $0.metrics ?? [:]) }, uniquingKeysWith: { a, _ in a })
            var daily: [PinMetric: [Double?]] = [:]
            var totals: [PinMetric: Double] = [:]
            for metric in PinMetric.allCases {
                daily[metric] = firstDays.map { byDate[$0.date ?? ""]?[metric.rawValue] }
                totals[metric] = response[name]?.summaryMetrics?[metric.rawValue]
            }
            return Group(name: name, daily: daily, totals: totals)
        }
        let present = Set(groups.flatMap { group in PinMetric.allCases.filter { group.totals[$0] != nil } })
        metrics = PinMetric.allCases.filter { !$0.isVideo || present.contains($0) }
    }

    /// How many of the days are counted but not final yet (processing or estimated).
    public var unfinishedDayCount: Int { dayStatuses.filter { $0 == .processing || $0 == .estimate }.count }

    /// True when no day of the period has a number yet (the pin is newer than the period's days with
    /// data, or they are all still processing).
    public var hasNoDailyData: Bool {
        groups.allSatisfy { group in group.daily.values.allSatisfy { $0.allSatisfy { $0 == nil } } }
    }

}
