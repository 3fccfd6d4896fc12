import PinterestAPI

/// The answers of pin analytics loads; each names the query it answers, so an answer for a period, a
/// split or pins no longer on view is dropped.
public enum PinAnalyticsAction: Sendable, Equatable {
    /// pins_analytics answers with one pin's groups, multi_pins/analytics with each pin's, keyed by id.
    case loaded(PinAnalyticsQuery, [String: PinAnalyticsResponse])
    case failed(PinAnalyticsQuery, APIFailure)
}
