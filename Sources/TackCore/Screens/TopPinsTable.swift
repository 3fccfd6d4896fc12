import PinterestAPI

/// user_account/analytics/top_pins for one window and sort, in rank order.
public struct TopPinsTable: Sendable, Equatable {
    /// One ranked pin: its id and its metrics by API name ("SAVE": 120).
    public struct Row: Sendable, Equatable {
        public var pinId: String
        public var metrics: [String: Double]

        public init(pinId: String, metrics: [String: Double]) {
            self.pinId = pinId
            self.metrics = metrics
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    public init(_ response: TopPinsAnalyticsResponse) {
        rows = (response.pins ?? []).compactMap { pin in
            pin.pinId.map { Row(pinId: $0, metrics: pin.metrics ?? [:]) }
        }
    }
}

/// The metrics top pins can be sorted by, in the order `cycle_sort` visits them, with the columns
/// the table shows.
public enum TopPinsSort: String, Hashable, Sendable, CaseIterable {
    case saves = "SAVE", impressions = "IMPRESSION", engagements = "ENGAGEMENT", pinClicks = "PIN_CLICK",
         outboundClicks = "OUTBOUND_CLICK"

    public var label: String {
        switch self {
        case .saves: "saves"
        case .impressions: "impressions"
        case .engagements: "engagements"
        case .pinClicks: "pin clicks"
        case .outboundClicks: "outbound clicks"
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
        }
    }

    public var sortBy: TopPinsSortBy { TopPinsSortBy(rawValue: rawValue) }

    public var next: TopPinsSort {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
