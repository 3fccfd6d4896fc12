import PinterestAPI

/// user_account/analytics/top_pins or top_video_pins for one query, in rank order.
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

    public init<SortKey>(_ response: TopPinsReport<SortKey>) {
        rows = (response.pins ?? []).compactMap { pin in
            pin.pinId.map { Row(pinId: $0, metrics: pin.metrics ?? [:]) }
        }
    }
}
