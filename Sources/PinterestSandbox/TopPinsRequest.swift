/// The parameters of `top_pins` and `top_video_pins`: the analytics parameters (without a split) and the
/// ranking: sort metric, number of pins (1 to 50) and the optional "created in the last 30 days".
struct TopPinsRequest: Sendable {
    static let sorts = ["ENGAGEMENT", "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE"]

    let analytics: AnalyticsRequest
    let videoOnly: Bool
    let sortBy: String
    let count: Int
    let createdWithinDays: Int?

    init(_ query: QueryParameters, videoOnly: Bool) throws {
        let metrics = videoOnly ? AnalyticsRequest.videoMetrics : AnalyticsRequest.accountMetrics
        analytics = try AnalyticsRequest.account(query, metrics: metrics, splittable: false)
        self.videoOnly = videoOnly
        guard let sortBy = try query.choice("sort_by", videoOnly ? AnalyticsRequest.videoMetrics : Self.sorts) else {
            throw APIError.missing("sort_by")
        }
        self.sortBy = sortBy
        count = try query.int("num_of_pins", in: 1...50, default: 10)
        createdWithinDays = try query.choice("created_in_last_n_days", ["30"]).flatMap { Int($0) }
    }

    /// The metrics each ranked pin reports: the requested ones and the sort metric.
    var metrics: [String] { analytics.metrics.contains(sortBy) ? analytics.metrics : analytics.metrics + [sortBy] }
}
