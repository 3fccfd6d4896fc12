/// The common parameters of the analytics operations, validated: the date range rules of the API
/// (start not more than 90 days back, end not more than 90 days after start), metric types and splits.
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
    static let appTypes = ["ALL", "MOBILE", "TABLET", "WEB"]

    /// How each split divides the totals: group name and share.
    static let splits: [String: [(group: String, share: Double)]] = [
        "APP_TYPE": [("MOBILE", 0.62), ("TABLET", 0.08), ("WEB", 0.30)],
        "OWNED_CONTENT": [("OWNED", 0.83), ("NOT_OWNED", 0.17)],
        "SOURCE": [("YOUR_PINS", 0.71), ("OTHER_PINS", 0.29)],
        "PIN_FORMAT": [("ORGANIC_IMAGE", 0.78), ("ORGANIC_VIDEO", 0.17), ("ORGANIC_PRODUCT", 0.05)],
    ]

    let startDay: Int
    let endDay: Int
    let metrics: [String]
    /// Share of the totals kept by the `app_types` filter.
    let appShare: Double
    let splitField: String

    init(_ query: QueryParameters, metrics allowed: [String], metricsRequired: Bool, splitFields: [String]) throws {
        let today = SandboxClock.today()
        guard let start = SandboxClock.day(of: try query.required("start_date")) else {
            throw APIError.invalid("start_date", "must be a date in the format YYYY-MM-DD.")
        }
        guard let end = SandboxClock.day(of: try query.required("end_date")) else {
            throw APIError.invalid("end_date", "must be a date in the format YYYY-MM-DD.")
        }
        guard start >= today - 90 else {
            throw APIError.invalid("start_date", "cannot be more than 90 days back from today.")
        }
        guard end >= start else { throw APIError.invalid("end_date", "must not be before start_date.") }
        guard end - start <= 90 else {
            throw APIError.invalid("end_date", "cannot be more than 90 days past start_date.")
        }
        startDay = start
        endDay = min(end, today)
        if metricsRequired, query.list("metric_types").isEmpty { throw APIError.missing("metric_types") }
        let requested = try query.list("metric_types", allowed: allowed)
        metrics = requested.isEmpty ? allowed : requested
        let appType = try query.choice("app_types", Self.appTypes, default: "ALL")
        appShare = Self.splits["APP_TYPE"]!.first { $0.group == appType }?.share ?? 1
        splitField = try query.choice("split_field", ["NO_SPLIT"] + splitFields, default: "NO_SPLIT")!
    }

    /// The days with data: the range up to today (empty when it starts in the future).
    var dayList: [Int] { startDay <= endDay ? Array(startDay...endDay) : [] }

    /// The response groups: `all` without a split, else one group per split value.
    var groups: [(name: String, share: Double)] {
        (Self.splits[splitField] ?? [("all", 1)]).map { ($0.group, $0.share * appShare) }
    }
}
