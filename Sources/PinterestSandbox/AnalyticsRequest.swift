/// The common parameters of the analytics operations, validated as the API does: the period (start not more
/// than 90 days back from today, end neither before start, nor more than 90 days after it, nor after today,
/// all in UTC), the metric types, the filters and the split.
struct AnalyticsRequest: Sendable {
    static let accountMetrics = [
        "ENGAGEMENT", "ENGAGEMENT_RATE", "IMPRESSION", "OUTBOUND_CLICK", "OUTBOUND_CLICK_RATE", "PIN_CLICK",
        "PIN_CLICK_RATE", "SAVE", "SAVE_RATE",
    ]
    static let pinMetrics = [
        "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE", "SAVE_RATE", "TOTAL_COMMENTS", "TOTAL_REACTIONS",
        "USER_FOLLOW", "PROFILE_VISIT", "VIDEO_MRC_VIEW", "VIDEO_10S_VIEW", "QUARTILE_95_PERCENT_VIEW",
        "VIDEO_V50_WATCH_TIME", "VIDEO_START", "VIDEO_AVG_WATCH_TIME",
    ]
    static let videoMetrics = [
        "IMPRESSION", "SAVE", "OUTBOUND_CLICK", "VIDEO_MRC_VIEW", "VIDEO_AVG_WATCH_TIME", "VIDEO_V50_WATCH_TIME",
        "QUARTILE_95_PERCENT_VIEW", "VIDEO_10S_VIEW", "VIDEO_START",
    ]
    /// How far back analytics go, and how long a period may be, in days.
    static let maxDays = 90

    /// Today (UTC) as a day number: the request's dates are checked against it.
    let today: Int
    let days: ClosedRange<Int>
    let metrics: [String]
    let filter: AnalyticsFilter
    let split: AnalyticsSplit

    /// user_account/analytics, top_pins and top_video_pins: metric types default to all of `metrics`; every
    /// filter; every split unless `splittable` is false (the top pins have no `split_field`).
    static func account(_ query: QueryParameters, metrics: [String], splittable: Bool = true) throws -> AnalyticsRequest
    {
        try AnalyticsRequest(
            query, metrics: metrics, metricsRequired: false, accountFilters: true,
            splits: splittable ? AnalyticsSplit.allCases : [])
    }

    /// pins/analytics and multi_pins/analytics: metric types required; only the app type filter and split.
    static func pin(_ query: QueryParameters) throws -> AnalyticsRequest {
        try AnalyticsRequest(
            query, metrics: pinMetrics, metricsRequired: true, accountFilters: false, splits: [.none, .appType])
    }

    private init(
        _ query: QueryParameters, metrics allowed: [String], metricsRequired: Bool, accountFilters: Bool,
        splits: [AnalyticsSplit]
    ) throws {
        today = SandboxClock.today()
        days = try Self.period(query, today: today)
        if metricsRequired, query.list("metric_types").isEmpty { throw APIError.missing("metric_types") }
        let requested = try query.list("metric_types", allowed: allowed)
        metrics = requested.isEmpty ? allowed : requested.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        filter = try AnalyticsFilter(query, accountFilters: accountFilters)
        let splitName = splits.isEmpty ? nil : try query.choice("split_field", splits.map(\.rawValue))
        split = splitName.flatMap(AnalyticsSplit.init(rawValue:)) ?? .none
    }

    private static func period(_ query: QueryParameters, today: Int) throws -> ClosedRange<Int> {
        guard let start = SandboxClock.day(of: try query.required("start_date")) else {
            throw APIError.invalid("start_date", "must be a date in the format YYYY-MM-DD.")
        }
        guard let end = SandboxClock.day(of: try query.required("end_date")) else {
            throw APIError.invalid("end_date", "must be a date in the format YYYY-MM-DD.")
        }
        guard start >= today - maxDays else {
            throw APIError.invalid(
                "start_date",
                "cannot be more than \(maxDays) days back from today (UTC): you can only get data from the last \(maxDays) days."
            )
        }
        guard end >= start else { throw APIError.invalid("end_date", "must not be before start_date.") }
        guard end - start <= maxDays else {
            throw APIError.invalid("end_date", "cannot be more than \(maxDays) days past start_date.")
        }
        guard end <= today else { throw APIError.invalid("end_date", "cannot be after today (UTC).") }
        return start...end
    }

    /// The days of the period that report numbers (all but today), which the period's totals sum.
    var daysWithData: [Int] { days.filter { AnalyticsDayStatus.hasData(AnalyticsDayStatus.of(day: $0, today: today)) } }
}
