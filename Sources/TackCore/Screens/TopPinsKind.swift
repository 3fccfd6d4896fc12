/// Which ranking the top part of the analytics screen shows: the account's top pins
/// (user_account/analytics/top_pins) or its top video pins (top_video_pins); `toggle_video_pins` switches.
public enum TopPinsKind: Hashable, Sendable {
    case pins, videoPins

    /// What the API can rank this kind by, in the order `cycle_sort` visits them (the API's `sort_by` enum).
    public var sorts: [TopPinsSort] {
        switch self {
        case .pins: [.saves, .impressions, .engagements, .pinClicks, .outboundClicks]
        case .videoPins:
            [.videoViews, .averageWatchTime, .playTime, .views95Percent, .tenSecondViews, .videoStarts, .impressions,
             .saves, .outboundClicks]
        }
    }

    /// "pins", "video pins".
    public var noun: String {
        switch self {
        case .pins: "pins"
        case .videoPins: "video pins"
        }
    }

    public var toggled: TopPinsKind { self == .pins ? .videoPins : .pins }
}
