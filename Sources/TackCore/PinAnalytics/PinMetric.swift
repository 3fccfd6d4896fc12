import PinterestAPI

/// One metric of pins/analytics and multi_pins/analytics, in the order the pin's analytics list them:
/// the counts every pin has, its save rate, then the video metrics that only video pins have.
public enum PinMetric: String, Hashable, Sendable, CaseIterable {
    case impressions = "IMPRESSION"
    case saves = "SAVE"
    case pinClicks = "PIN_CLICK"
    case outboundClicks = "OUTBOUND_CLICK"
    case saveRate = "SAVE_RATE"
    case comments = "TOTAL_COMMENTS"
    case reactions = "TOTAL_REACTIONS"
    case follows = "USER_FOLLOW"
    case profileVisits = "PROFILE_VISIT"
    case videoViews = "VIDEO_MRC_VIEW"
    case videoStarts = "VIDEO_START"
    case videoTenSecondViews = "VIDEO_10S_VIEW"
    case videoNinetyFivePercentViews = "QUARTILE_95_PERCENT_VIEW"
    case videoPlayTime = "VIDEO_V50_WATCH_TIME"
    case videoAverageWatchTime = "VIDEO_AVG_WATCH_TIME"

    public var label: String {
        switch self {
        case .impressions: "Impressions"
        case .saves: "Saves"
        case .pinClicks: "Pin clicks"
        case .outboundClicks: "Outbound clicks"
        case .saveRate: "Save rate"
        case .comments: "Comments"
        case .reactions: "Reactions"
        case .follows: "Follows"
        case .profileVisits: "Profile visits"
        case .videoViews: "Video views"
        case .videoStarts: "Video starts"
        case .videoTenSecondViews: "10-second views"
        case .videoNinetyFivePercentViews: "95% views"
        case .videoPlayTime: "Total play time"
        case .videoAverageWatchTime: "Average watch time"
        }
    }

    /// A column heading of at most 8 columns, for the comparison of marked pins.
    public var heading: String {
        switch self {
        case .impressions: "Impr."
        case .saves: "Saves"
        case .pinClicks: "Clicks"
        case .outboundClicks: "Outbound"
        case .saveRate: "Save %"
        case .comments: "Comments"
        case .reactions: "React."
        case .follows: "Follows"
        case .profileVisits: "Visits"
        case .videoViews: "Views"
        case .videoStarts: "Starts"
        case .videoTenSecondViews: "10s"
        case .videoNinetyFivePercentViews: "95%"
        case .videoPlayTime: "Played"
        case .videoAverageWatchTime: "Avg watch"
        }
    }

    /// The save rate is a fraction (shown as a percentage); the rest are counts or durations.
    public var isRate: Bool { self == .saveRate }

    /// Play times are milliseconds, shown as durations.
    public var isDuration: Bool { self == .videoPlayTime || self == .videoAverageWatchTime }

    /// Only video pins have these; they are asked for only when a pin on view is a video.
    public var isVideo: Bool { rawValue.hasPrefix("VIDEO_") || self == .videoNinetyFivePercentViews }

    /// The metrics asked for: every metric, the video ones only when `includingVideo`.
    public static func requested(includingVideo: Bool) -> [PinMetric] {
        allCases.filter { includingVideo || !$0.isVideo }
    }
}
