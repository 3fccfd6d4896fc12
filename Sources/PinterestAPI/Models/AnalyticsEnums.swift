// Enums for analytics requests and responses (spec query_* analytics parameters, DataStatus).

/// The `app_types` analytics filter.
public struct AppType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let all = Self(rawValue: "ALL")
    public static let mobile = Self(rawValue: "MOBILE")
    public static let tablet = Self(rawValue: "TABLET")
    public static let web = Self(rawValue: "WEB")
}

/// A `metric_types` value of pins/analytics and multi_pins/analytics.
public struct PinAnalyticsMetricType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let impression = Self(rawValue: "IMPRESSION")
    public static let outboundClick = Self(rawValue: "OUTBOUND_CLICK")
    public static let pinClick = Self(rawValue: "PIN_CLICK")
    public static let save = Self(rawValue: "SAVE")
    public static let saveRate = Self(rawValue: "SAVE_RATE")
    public static let totalComments = Self(rawValue: "TOTAL_COMMENTS")
    public static let totalReactions = Self(rawValue: "TOTAL_REACTIONS")
    public static let userFollow = Self(rawValue: "USER_FOLLOW")
    public static let profileVisit = Self(rawValue: "PROFILE_VISIT")
    public static let videoMRCView = Self(rawValue: "VIDEO_MRC_VIEW")
    public static let video10sView = Self(rawValue: "VIDEO_10S_VIEW")
    public static let quartile95PercentView = Self(rawValue: "QUARTILE_95_PERCENT_VIEW")
    public static let videoV50WatchTime = Self(rawValue: "VIDEO_V50_WATCH_TIME")
    public static let videoStart = Self(rawValue: "VIDEO_START")
    public static let videoAverageWatchTime = Self(rawValue: "VIDEO_AVG_WATCH_TIME")
}

/// The `split_field` of pins/analytics.
public struct PinAnalyticsSplitField: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let noSplit = Self(rawValue: "NO_SPLIT")
    public static let appType = Self(rawValue: "APP_TYPE")
}

/// A `metric_types` value of user_account/analytics and top_pins.
public struct AccountMetricType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let engagement = Self(rawValue: "ENGAGEMENT")
    public static let engagementRate = Self(rawValue: "ENGAGEMENT_RATE")
    public static let impression = Self(rawValue: "IMPRESSION")
    public static let outboundClick = Self(rawValue: "OUTBOUND_CLICK")
    public static let outboundClickRate = Self(rawValue: "OUTBOUND_CLICK_RATE")
    public static let pinClick = Self(rawValue: "PIN_CLICK")
    public static let pinClickRate = Self(rawValue: "PIN_CLICK_RATE")
    public static let save = Self(rawValue: "SAVE")
    public static let saveRate = Self(rawValue: "SAVE_RATE")
}

/// The `split_field` of user_account/analytics.
public struct AccountAnalyticsSplitField: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let noSplit = Self(rawValue: "NO_SPLIT")
    public static let appType = Self(rawValue: "APP_TYPE")
    public static let ownedContent = Self(rawValue: "OWNED_CONTENT")
    public static let source = Self(rawValue: "SOURCE")
    public static let pinFormat = Self(rawValue: "PIN_FORMAT")
}

/// The `sort_by` of top_pins.
public struct TopPinsSortBy: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let engagement = Self(rawValue: "ENGAGEMENT")
    public static let impression = Self(rawValue: "IMPRESSION")
    public static let outboundClick = Self(rawValue: "OUTBOUND_CLICK")
    public static let pinClick = Self(rawValue: "PIN_CLICK")
    public static let save = Self(rawValue: "SAVE")
}

/// The `sort_by` and `metric_types` values of top_video_pins.
public struct VideoMetricType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let impression = Self(rawValue: "IMPRESSION")
    public static let save = Self(rawValue: "SAVE")
    public static let outboundClick = Self(rawValue: "OUTBOUND_CLICK")
    public static let videoMRCView = Self(rawValue: "VIDEO_MRC_VIEW")
    public static let videoAverageWatchTime = Self(rawValue: "VIDEO_AVG_WATCH_TIME")
    public static let videoV50WatchTime = Self(rawValue: "VIDEO_V50_WATCH_TIME")
    public static let quartile95PercentView = Self(rawValue: "QUARTILE_95_PERCENT_VIEW")
    public static let video10sView = Self(rawValue: "VIDEO_10S_VIEW")
    public static let videoStart = Self(rawValue: "VIDEO_START")
}

/// The `from_claimed_content` analytics filter.
public struct FromClaimedContent: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let other = Self(rawValue: "OTHER")
    public static let claimed = Self(rawValue: "CLAIMED")
    public static let both = Self(rawValue: "BOTH")
}

/// The `pin_format` analytics filter.
public struct PinFormat: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let all = Self(rawValue: "ALL")
    public static let organicImage = Self(rawValue: "ORGANIC_IMAGE")
    public static let organicProduct = Self(rawValue: "ORGANIC_PRODUCT")
    public static let organicVideo = Self(rawValue: "ORGANIC_VIDEO")
    public static let adsStandard = Self(rawValue: "ADS_STANDARD")
    public static let adsProduct = Self(rawValue: "ADS_PRODUCT")
    public static let adsVideo = Self(rawValue: "ADS_VIDEO")
    public static let adsIdea = Self(rawValue: "ADS_IDEA")
}

/// The `content_type` analytics filter.
public struct AnalyticsContentType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let all = Self(rawValue: "ALL")
    public static let paid = Self(rawValue: "PAID")
    public static let organic = Self(rawValue: "ORGANIC")
}

/// The `source` analytics filter.
public struct AnalyticsSource: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let all = Self(rawValue: "ALL")
    public static let yourPins = Self(rawValue: "YOUR_PINS")
    public static let otherPins = Self(rawValue: "OTHER_PINS")
}

/// How complete a day of analytics is.
public struct DataStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let processing = Self(rawValue: "PROCESSING")
    public static let ready = Self(rawValue: "READY")
    public static let estimate = Self(rawValue: "ESTIMATE")
    public static let beforeBusinessCreated = Self(rawValue: "BEFORE_BUSINESS_CREATED")
    public static let beforeDataRetentionPeriod = Self(rawValue: "BEFORE_DATA_RETENTION_PERIOD")
    public static let beforePinDataRetentionPeriod = Self(rawValue: "BEFORE_PIN_DATA_RETENTION_PERIOD")
    public static let beforeMetricStartDate = Self(rawValue: "BEFORE_METRIC_START_DATE")
    public static let beforeCoreMetricStartDate = Self(rawValue: "BEFORE_CORE_METRIC_START_DATE")
    public static let beforePinFormatMetricStartDate = Self(rawValue: "BEFORE_PIN_FORMAT_METRIC_START_DATE")
    public static let beforeAudienceMetricStartDate = Self(rawValue: "BEFORE_AUDIENCE_METRIC_START_DATE")
    public static let beforeAudienceMonthlyMetricStartDate = Self(rawValue: "BEFORE_AUDIENCE_MONTHLY_METRIC_START_DATE")
    public static let beforeVideoMetricStartDate = Self(rawValue: "BEFORE_VIDEO_METRIC_START_DATE")
    public static let beforeConversionMetricStartDate = Self(rawValue: "BEFORE_CONVERSION_METRIC_START_DATE")
    public static let purchasersMetricSmallerThanThreshold = Self(rawValue: "PURCHASERS_METRIC_SMALLER_THAN_THRESHOLD")
    public static let inBadTagDate = Self(rawValue: "IN_BAD_TAG_DATE")
    public static let beforePublishedMetricStartDate = Self(rawValue: "BEFORE_PUBLISHED_METRIC_START_DATE")
    public static let beforeAssistMetricStartDate = Self(rawValue: "BEFORE_ASSIST_METRIC_START_DATE")
    public static let beforePinCreated = Self(rawValue: "BEFORE_PIN_CREATED")
    public static let beforeAccountClaimed = Self(rawValue: "BEFORE_ACCOUNT_CLAIMED")
    public static let beforeDemographicFiltersStartDate = Self(rawValue: "BEFORE_DEMOGRAPHIC_FILTERS_START_DATE")
    public static let audienceSegmentSmallerThanThreshold = Self(rawValue: "AUDIENCE_SEGMENT_SMALLER_THAN_THRESHOLD")
    public static let audienceTotalSmallerThanThreshold = Self(rawValue: "AUDIENCE_TOTAL_SMALLER_THAN_THRESHOLD")
    public static let beforeProductGroupFilterStartDate = Self(rawValue: "BEFORE_PRODUCT_GROUP_FILTER_START_DATE")
}
