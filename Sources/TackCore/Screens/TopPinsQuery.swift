/// One question to top_pins or top_video_pins: which kind of pins, over which days, ranked by what, how
/// many, and whether only recent ones. Its answer names it, and is kept only while it is still the
/// question on view.
public struct TopPinsQuery: Hashable, Sendable {
    public var kind: TopPinsKind
    public var window: AnalyticsWindow
    public var sort: TopPinsSort
    /// `num_of_pins`.
    public var count: Int
    /// Only pins created in the last `recentDays` days (`created_in_last_n_days`).
    public var onlyRecentPins: Bool

    /// The one `created_in_last_n_days` the API takes.
    public static let recentDays = 30

    public init(kind: TopPinsKind, window: AnalyticsWindow, sort: TopPinsSort, count: Int, onlyRecentPins: Bool) {
        self.kind = kind
        self.window = window
        self.sort = sort
        self.count = count
        self.onlyRecentPins = onlyRecentPins
    }

    /// `created_in_last_n_days`, or nil to rank every pin.
    public var createdInLastNDays: Int? { onlyRecentPins ? Self.recentDays : nil }
}
