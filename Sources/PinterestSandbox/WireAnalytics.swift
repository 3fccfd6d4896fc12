/// One day of `daily_metrics`.
struct WireDailyMetrics: Encodable, Sendable {
    let date: String
    let dataStatus: String
    let metrics: [String: Double]

    enum CodingKeys: String, CodingKey { case date, metrics, dataStatus = "data_status" }
}

/// `AnalyticsMetricsResponse` / `PinAnalyticsMetricsResponse` (the latter adds `lifetime_metrics`).
struct WireMetricsGroup: Encodable, Sendable {
    let dailyMetrics: [WireDailyMetrics]
    let summaryMetrics: [String: Double]
    let lifetimeMetrics: [String: Int]?

    enum CodingKeys: String, CodingKey {
        case dailyMetrics = "daily_metrics", summaryMetrics = "summary_metrics", lifetimeMetrics = "lifetime_metrics"
    }
}

/// `BulkPinAnalyticsResponse`: each pin's groups, by pin id.
typealias WireBulkPinAnalytics = [String: [String: WireMetricsGroup]]

/// `TopPinsAnalyticsResponse` / `TopVideoPinsAnalyticsResponse`.
struct WireTopPins: Encodable, Sendable {
    struct Availability: Encodable, Sendable {
        let isRealtime: Bool
        let latestAvailableTimestamp: Double

        enum CodingKeys: String, CodingKey {
            case isRealtime = "is_realtime", latestAvailableTimestamp = "latest_available_timestamp"
        }
    }

    struct Entry: Encodable, Sendable {
        let pinId: String
        let metrics: [String: Double]
        let dataStatus: [String: String]

        enum CodingKeys: String, CodingKey { case metrics, pinId = "pin_id", dataStatus = "data_status" }
    }

    let dateAvailability: Availability
    let pins: [Entry]
    let sortBy: String

    enum CodingKeys: String, CodingKey {
        case pins, dateAvailability = "date_availability", sortBy = "sort_by"
    }
}
