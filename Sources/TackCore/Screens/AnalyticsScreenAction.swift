import PinterestAPI

/// The answers the analytics screen's effects send back; each names the query it answers, so an answer
/// for a period, filter, split or top pins query no longer on view is dropped.
public enum AnalyticsScreenAction: Sendable, Equatable {
    case accountMetricsLoaded(AccountMetricsQuery, AccountAnalyticsResponse)
    case accountMetricsFailed(AccountMetricsQuery, APIFailure)
    case topPinsLoaded(TopPinsQuery, TopPinsTable)
    case topPinsFailed(TopPinsQuery, APIFailure)
    /// A pin fetched by id to name a top pin.
    case pinDetailsLoaded(Pin)
    case pinDetailsFailed(pinId: String, APIFailure)
    /// Sent by the app when a new UTC day begins: windows and the period form count from it.
    case dayBegan(UTCDay)
}
