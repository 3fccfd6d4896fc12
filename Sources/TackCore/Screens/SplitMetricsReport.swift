import PinterestAPI

/// user_account/analytics with a `split_field`: one report per group of the split, in the API's order of
/// the split's values.
public struct SplitMetricsReport: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        /// The API's name of the group ("MOBILE").
        public var key: String
        public var report: AccountMetricsReport

        public init(key: String, report: AccountMetricsReport) {
            self.key = key
            self.report = report
        }

        /// "Mobile".
        public var label: String { AccountMetricsSplit.groupLabel(key) }
    }

    public var groups: [Group]

    public init(groups: [Group]) {
        self.groups = groups
    }

    /// Reads every group of a split answer; an unsplit total beside the groups ("ALL"), if an answer has one,
    /// is not a group.
    public init(_ response: AccountAnalyticsResponse) {
        groups = response.keys
            .filter { response.count == 1 || $0.uppercased() != "ALL" }
            .sorted { AccountMetricsSplit.groupOrder($0) < AccountMetricsSplit.groupOrder($1) }
            .map { Group(key: $0, report: AccountMetricsReport(group: response[$0])) }
    }
}
