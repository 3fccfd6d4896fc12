/// The counted metrics of some activity (one pin's slice of a day, or any sum of them). Every metric the
/// API reports is either one of these counts or computed from them, so sums of counts stay consistent:
/// a total is the sum of its parts, and a rate is computed from the summed counts, never summed itself.
struct ActivityCounts: Sendable, Equatable {
    var impression = 0
    var save = 0
    var pinClick = 0
    var outboundClick = 0
    var comment = 0
    var reaction = 0
    var userFollow = 0
    var profileVisit = 0
    var videoStart = 0
    /// Video views of at least 2 seconds with half the video in view (`VIDEO_MRC_VIEW`).
    var videoView = 0
    var video10sView = 0
    var quartile95View = 0
    /// Total play time in milliseconds (`VIDEO_V50_WATCH_TIME`).
    var watchTime = 0

    static let zero = ActivityCounts()

    /// The metrics only video pins have.
    static let videoMetrics: Set<String> = [
        "VIDEO_START", "VIDEO_MRC_VIEW", "VIDEO_10S_VIEW", "QUARTILE_95_PERCENT_VIEW", "VIDEO_V50_WATCH_TIME",
        "VIDEO_AVG_WATCH_TIME",
    ]

    static func + (lhs: ActivityCounts, rhs: ActivityCounts) -> ActivityCounts {
        var sum = lhs
        sum += rhs
        return sum
    }

    static func += (lhs: inout ActivityCounts, rhs: ActivityCounts) {
        lhs.impression += rhs.impression
        lhs.save += rhs.save
        lhs.pinClick += rhs.pinClick
        lhs.outboundClick += rhs.outboundClick
        lhs.comment += rhs.comment
        lhs.reaction += rhs.reaction
        lhs.userFollow += rhs.userFollow
        lhs.profileVisit += rhs.profileVisit
        lhs.videoStart += rhs.videoStart
        lhs.videoView += rhs.videoView
        lhs.video10sView += rhs.video10sView
        lhs.quartile95View += rhs.quartile95View
        lhs.watchTime += rhs.watchTime
    }

    /// Saves, pin clicks, outbound clicks, reactions and comments.
    var engagement: Int { save + pinClick + outboundClick + reaction + comment }

    /// The value of a metric as the API names it; rates are fractions of impressions, the average watch
    /// time is the play time per view (milliseconds, two decimals). Nil for a name that is not a metric.
    func value(of metric: String) -> Double? {
        func rate(_ count: Int) -> Double { impression == 0 ? 0 : Double(count) / Double(impression) }
        switch metric {
        case "IMPRESSION": return Double(impression)
        case "SAVE": return Double(save)
        case "PIN_CLICK": return Double(pinClick)
        case "OUTBOUND_CLICK": return Double(outboundClick)
        case "TOTAL_COMMENTS": return Double(comment)
        case "TOTAL_REACTIONS": return Double(reaction)
        case "USER_FOLLOW": return Double(userFollow)
        case "PROFILE_VISIT": return Double(profileVisit)
        case "ENGAGEMENT": return Double(engagement)
        case "SAVE_RATE": return rate(save)
        case "PIN_CLICK_RATE": return rate(pinClick)
        case "OUTBOUND_CLICK_RATE": return rate(outboundClick)
        case "ENGAGEMENT_RATE": return rate(engagement)
        case "VIDEO_START": return Double(videoStart)
        case "VIDEO_MRC_VIEW": return Double(videoView)
        case "VIDEO_10S_VIEW": return Double(video10sView)
        case "QUARTILE_95_PERCENT_VIEW": return Double(quartile95View)
        case "VIDEO_V50_WATCH_TIME": return Double(watchTime)
        case "VIDEO_AVG_WATCH_TIME":
            return videoView == 0 ? 0 : (Double(watchTime) / Double(videoView) * 100).rounded() / 100
        default: return nil
        }
    }

    /// The requested metrics, leaving out the video metrics when the activity is not a video's.
    func values(of metrics: [String], includingVideo: Bool) -> [String: Double] {
        var values: [String: Double] = [:]
        for metric in metrics where includingVideo || !Self.videoMetrics.contains(metric) {
            values[metric] = value(of: metric)
        }
        return values
    }
}
