// Analytics responses. Metric names are the request's metric type raw values (`IMPRESSION`, `SAVE_RATE`…);
// rates are fractions.

/// One day of metrics (spec `AnalyticsDailyMetrics`). `date` is `YYYY-MM-DD` in UTC.
public struct AnalyticsDailyMetrics: Hashable, Sendable, Codable {
    public var date: String?
    public var dataStatus: DataStatus?
    public var metrics: [String: Double]?

    public init(date: String? = nil, dataStatus: DataStatus? = nil, metrics: [String: Double]? = nil) {
        self.date = date
        self.dataStatus = dataStatus
        self.metrics = metrics
    }

    enum CodingKeys: String, CodingKey {
        case date, metrics
        case dataStatus = "data_status"
    }
}

/// Daily and summary metrics of one split group (spec `AnalyticsMetricsResponse`).
public struct AnalyticsMetricsResponse: Hashable, Sendable, Codable {
    public var dailyMetrics: [AnalyticsDailyMetrics]?
    public var summaryMetrics: [String: Double]?

    public init(dailyMetrics: [AnalyticsDailyMetrics]? = nil, summaryMetrics: [String: Double]? = nil) {
        self.dailyMetrics = dailyMetrics
        self.summaryMetrics = summaryMetrics
    }

    enum CodingKeys: String, CodingKey {
        case dailyMetrics = "daily_metrics"
        case summaryMetrics = "summary_metrics"
    }
}

/// Metrics of one pin in one split group (spec `PinAnalyticsMetricsResponse`).
public struct PinAnalyticsMetricsResponse: Hashable, Sendable, Codable {
    public var dailyMetrics: [AnalyticsDailyMetrics]?
    public var summaryMetrics: [String: Double]?
    public var lifetimeMetrics: [String: Double]?

    public init(
        dailyMetrics: [AnalyticsDailyMetrics]? = nil, summaryMetrics: [String: Double]? = nil,
        lifetimeMetrics: [String: Double]? = nil
    ) {
        self.dailyMetrics = dailyMetrics
        self.summaryMetrics = summaryMetrics
        self.lifetimeMetrics = lifetimeMetrics
    }

    enum CodingKeys: String, CodingKey {
        case dailyMetrics = "daily_metrics"
        case summaryMetrics = "summary_metrics"
        case lifetimeMetrics = "lifetime_metrics"
    }
}

/// user_account/analytics: metrics keyed by split group (`ALL` or `all` without a split).
public typealias AccountAnalyticsResponse = [String: AnalyticsMetricsResponse]

/// pins/analytics: metrics keyed by split group.
public typealias PinAnalyticsResponse = [String: PinAnalyticsMetricsResponse]

/// multi_pins/analytics: a `PinAnalyticsResponse` per pin id.
public typealias BulkPinAnalyticsResponse = [String: PinAnalyticsResponse]

/// top_pins and top_video_pins: pin ids with their metrics, no pin metadata.
public struct TopPinsReport<SortKey: OpenEnum>: Hashable, Sendable, Codable {
    public var dateAvailability: DateAvailability?
    public var pins: [TopPin]?
    public var sortBy: SortKey?

    public init(dateAvailability: DateAvailability? = nil, pins: [TopPin]? = nil, sortBy: SortKey? = nil) {
        self.dateAvailability = dateAvailability
        self.pins = pins
        self.sortBy = sortBy
    }

    enum CodingKeys: String, CodingKey {
        case pins
        case dateAvailability = "date_availability"
        case sortBy = "sort_by"
    }

    /// How fresh the analytics are.
    public struct DateAvailability: Hashable, Sendable, Codable {
        public var isRealtime: Bool?
        /// Milliseconds since 1970.
        public var latestAvailableTimestamp: Double?

        public init(isRealtime: Bool? = nil, latestAvailableTimestamp: Double? = nil) {
            self.isRealtime = isRealtime
            self.latestAvailableTimestamp = latestAvailableTimestamp
        }

        enum CodingKeys: String, CodingKey {
            case isRealtime = "is_realtime"
            case latestAvailableTimestamp = "latest_available_timestamp"
        }
    }

    /// One ranked pin.
    public struct TopPin: Hashable, Sendable, Codable {
        public var pinId: String?
        public var metrics: [String: Double]?
        public var dataStatus: [String: DataStatus]?

        public init(pinId: String? = nil, metrics: [String: Double]? = nil, dataStatus: [String: DataStatus]? = nil) {
            self.pinId = pinId
            self.metrics = metrics
            self.dataStatus = dataStatus
        }

        enum CodingKeys: String, CodingKey {
            case metrics
            case pinId = "pin_id"
            case dataStatus = "data_status"
        }
    }
}

/// user_account/analytics/top_pins.
public typealias TopPinsAnalyticsResponse = TopPinsReport<TopPinsSortBy>

/// user_account/analytics/top_video_pins.
public typealias TopVideoPinsAnalyticsResponse = TopPinsReport<VideoMetricType>
