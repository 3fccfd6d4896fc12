import PinterestAPI

/// The answers the analytics screen's effects send back; each names the window it answers, so an
/// answer for a period no longer on view is dropped.
public enum AnalyticsScreenAction: Sendable, Equatable {
    case accountMetricsLoaded(AnalyticsWindow, AccountAnalyticsResponse)
    case accountMetricsFailed(AnalyticsWindow, APIFailure)
}
