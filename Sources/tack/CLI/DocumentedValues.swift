import ArgumentParser
import PinterestAPI

/// An API enum given on the command line: only the values the API documents are accepted (any
/// case), and they are offered to shell completion.
public protocol DocumentedValues: OpenEnum, ExpressibleByArgument {
    static var documented: [Self] { get }
}

extension DocumentedValues {
    public init?(argument: String) {
        guard let value = Self.documented.first(where: { $0.rawValue.caseInsensitiveCompare(argument) == .orderedSame })
        else { return nil }
        self = value
    }

    public static var allValueStrings: [String] { documented.map(\.rawValue) }
}

extension BoardPrivacy: DocumentedValues {
    public static let documented: [BoardPrivacy] = [.public, .protected, .secret]
}

extension BoardPrivacyFilter: DocumentedValues {
    public static let documented: [BoardPrivacyFilter] = [.all, .public, .protected, .secret, .publicAndSecret]
}

extension CreativeType: DocumentedValues {
    public static let documented = [
        "REGULAR", "VIDEO", "SHOPPING", "CAROUSEL", "MAX_VIDEO", "SHOP_THE_PIN", "COLLECTION", "IDEA", "SHOWCASE", "QUIZ",
        "COLLAGE", "MAX_WIDTH_REGULAR_COLLECTION", "MAX_WIDTH_VIDEO_COLLECTION",
    ].map(CreativeType.init(rawValue:))
}

extension PinFilter: DocumentedValues {
    public static let documented = ["exclude_native", "exclude_repins", "has_been_promoted"].map(PinFilter.init(rawValue:))
}

extension PinType: DocumentedValues {
    public static let documented = [PinType(rawValue: "PRIVATE")]
}

extension UserFollowingFeedType: DocumentedValues {
    public static let documented: [UserFollowingFeedType] = [.all, .ranked, .creatorOnly, .rankedCreatorOnly]
}

extension WebsiteVerificationMethod: DocumentedValues {
    public static let documented: [WebsiteVerificationMethod] = [.metatag, .dnsTXT, .filename]
}

extension AppType: DocumentedValues {
    public static let documented: [AppType] = [.all, .mobile, .tablet, .web]
}

extension PinAnalyticsMetricType: DocumentedValues {
    public static let documented: [PinAnalyticsMetricType] = [
        .impression, .outboundClick, .pinClick, .save, .saveRate, .totalComments, .totalReactions, .userFollow,
        .profileVisit, .videoMRCView, .video10sView, .quartile95PercentView, .videoV50WatchTime, .videoStart,
        .videoAverageWatchTime,
    ]
}

extension PinAnalyticsSplitField: DocumentedValues {
    public static let documented: [PinAnalyticsSplitField] = [.noSplit, .appType]
}

extension AccountMetricType: DocumentedValues {
    public static let documented = [
        "ENGAGEMENT", "ENGAGEMENT_RATE", "IMPRESSION", "OUTBOUND_CLICK", "OUTBOUND_CLICK_RATE", "PIN_CLICK",
        "PIN_CLICK_RATE", "SAVE", "SAVE_RATE",
    ].map(AccountMetricType.init(rawValue:))
}

extension AccountAnalyticsSplitField: DocumentedValues {
    public static let documented = ["NO_SPLIT", "APP_TYPE", "OWNED_CONTENT", "SOURCE", "PIN_FORMAT"]
        .map(AccountAnalyticsSplitField.init(rawValue:))
}

extension TopPinsSortBy: DocumentedValues {
    public static let documented = ["ENGAGEMENT", "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE"].map(TopPinsSortBy.init(rawValue:))
}

extension VideoMetricType: DocumentedValues {
    public static let documented = [
        "IMPRESSION", "SAVE", "VIDEO_MRC_VIEW", "VIDEO_AVG_WATCH_TIME", "VIDEO_V50_WATCH_TIME", "QUARTILE_95_PERCENT_VIEW",
        "VIDEO_10S_VIEW", "VIDEO_START", "OUTBOUND_CLICK",
    ].map(VideoMetricType.init(rawValue:))
}

extension FromClaimedContent: DocumentedValues {
    public static let documented = ["OTHER", "CLAIMED", "BOTH"].map(FromClaimedContent.init(rawValue:))
}

extension PinFormat: DocumentedValues {
    public static let documented = [
        "ALL", "ORGANIC_IMAGE", "ORGANIC_PRODUCT", "ORGANIC_VIDEO", "ADS_STANDARD", "ADS_PRODUCT", "ADS_VIDEO", "ADS_IDEA",
    ].map(PinFormat.init(rawValue:))
}

extension AnalyticsContentType: DocumentedValues {
    public static let documented = ["ALL", "PAID", "ORGANIC"].map(AnalyticsContentType.init(rawValue:))
}

extension AnalyticsSource: DocumentedValues {
    public static let documented = ["ALL", "YOUR_PINS", "OTHER_PINS"].map(AnalyticsSource.init(rawValue:))
}
