/// The metrics a top pins table can be sorted by, named as the API names them (its `sort_by` values and
/// metric keys), with the words the table shows. Each kind of top pins sorts by its own
/// (`TopPinsKind.sorts`), in the order `cycle_sort` visits them.
public enum TopPinsSort: String, Hashable, Sendable, CaseIterable {
    case saves = "SAVE", impressions = "IMPRESSION", engagements = "ENGAGEMENT", pinClicks = "PIN_CLICK",
         outboundClicks = "OUTBOUND_CLICK"
    // Video pins only.
    case videoViews = "VIDEO_MRC_VIEW", averageWatchTime = "VIDEO_AVG_WATCH_TIME",
         playTime = "VIDEO_V50_WATCH_TIME", views95Percent = "QUARTILE_95_PERCENT_VIEW",
         tenSecondViews = "VIDEO_10S_VIEW", videoStarts = "VIDEO_START"

    public var label: String {
        switch self {
        case .saves: "saves"
        case .impressions: "impressions"
        case .engagements: "engagements"
        case .pinClicks: "pin clicks"
        case .outboundClicks: "outbound clicks"
        case .videoViews: "video views"
        case .averageWatchTime: "average watch time"
        case .playTime: "total play time"
        case .views95Percent: "95% views"
        case .tenSecondViews: "10-second views"
        case .videoStarts: "video starts"
        }
    }

    /// A column heading of at most eight columns.
    public var heading: String {
        switch self {
        case .saves: "saves"
        case .impressions: "impr."
        case .engagements: "engag."
        case .pinClicks: "pin clk"
        case .outboundClicks: "outbound"
        case .videoViews: "views"
        case .averageWatchTime: "avg time"
        case .playTime: "played"
        case .views95Percent: "95% view"
        case .tenSecondViews: "10s view"
        case .videoStarts: "starts"
        }
    }

    /// Whether the API gives the metric in milliseconds of watching rather than as a count.
    public var isDuration: Bool { self == .averageWatchTime || self == .playTime }

    /// The sort after this one among `kind`'s, wrapping around; the kind's first when this is not one of them.
    public func next(in kind: TopPinsKind) -> TopPinsSort {
        let sorts = kind.sorts
        guard let index = sorts.firstIndex(of: self) else { return sorts[0] }
        return sorts[(index + 1) % sorts.count]
    }
}
