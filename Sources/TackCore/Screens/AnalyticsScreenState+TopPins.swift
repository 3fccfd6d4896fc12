/// The top part of the analytics screen: what it asks the API for.
extension AnalyticsScreenState {
    /// The choices of how many top pins to ask for, `more_top_pins` and `fewer_top_pins` step through
    /// them (the API gives 1 to 50).
    public static let topPinCounts = Array(stride(from: 10, through: 50, by: 10))

    /// The sort of the kind of top pins on view.
    public var shownTopPinsSort: TopPinsSort {
        get { topPinsKind == .pins ? topPinsSort : topVideoPinsSort }
        set {
            if topPinsKind == .pins { topPinsSort = newValue } else { topVideoPinsSort = newValue }
        }
    }

    /// The question the top part on view asks the API.
    public var topPinsQuery: TopPinsQuery {
        TopPinsQuery(
            kind: topPinsKind, window: window, sort: shownTopPinsSort, count: topPinCount,
            onlyRecentPins: onlyRecentTopPins)
    }
}
