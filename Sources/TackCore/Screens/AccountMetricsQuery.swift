/// What one user_account/analytics request asks for: a window of days, the filters and the split. It is
/// also the identity of the answer: the screen takes an answer only for a query it still waits for.
public struct AccountMetricsQuery: Hashable, Sendable {
    public var window: AnalyticsWindow
    public var filters: AnalyticsFilters
    public var split: AccountMetricsSplit

    public init(window: AnalyticsWindow, filters: AnalyticsFilters = .none, split: AccountMetricsSplit = .none) {
        self.window = window
        self.filters = filters
        self.split = split
    }
}
