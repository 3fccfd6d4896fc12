import PinterestAPI

/// The answers the analytics screen's effects send back; each names the window (or top pins query) it
/// answers, so an answer for a period or query no longer on view is dropped.
public enum AnalyticsScreenAction: Sendable, Equatable {
    case accountMetricsLoaded(AnalyticsWindow, AccountAnalyticsResponse)
    case accountMetricsFailed(AnalyticsWindow, APIFailure)
    case topPinsLoaded(TopPinsQuery, TopPinsTable)
    case topPinsFailed(TopPinsQuery, APIFailure)
    /// A pin fetched by id to name a top pin.
    case pinDetailsLoaded(Pin)
    case pinDetailsFailed(pinId: String, APIFailure)
}
