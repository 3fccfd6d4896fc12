/// What a list can be sorted by. Each kind of item offers a subset (see `PaneItem.sortKeys`).
public enum SortKey: String, CaseIterable, Hashable, Sendable {
    /// The order the API returned.
    case apiOrder = "api order"
    case name
    case title
    case createdAt = "created"
    case pinCount = "pin count"

    /// A short label for the status line, e.g. "created".
    public var label: String { rawValue }
}

public enum SortDirection: Hashable, Sendable {
    case ascending, descending

    public var reversed: SortDirection { self == .ascending ? .descending : .ascending }
}

/// The sort applied to a list pane's visible items.
public struct SortOrder: Hashable, Sendable {
    public var key: SortKey
    public var direction: SortDirection

    public init(key: SortKey = .apiOrder, direction: SortDirection = .ascending) {
        self.key = key
        self.direction = direction
    }

    /// e.g. "created ↓".
    public var label: String { "\(key.label) \(direction == .ascending ? "↑" : "↓")" }
}
