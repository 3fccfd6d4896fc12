/// What one kind of list item can be sorted by: each item type declares its own enum (see
/// `PaneItem.SortKey`), so a key that does not apply to an item cannot be expressed.
///
/// The cases, in declaration order, are the order `cycle_sort` visits them; the first is `apiOrder`.
public protocol ItemSortKey: CaseIterable, Hashable, Sendable where AllCases == [Self] {
    /// The order the API returned: the default, and where cycling wraps to.
    static var apiOrder: Self { get }
    /// A short label for the pane's title, e.g. "created".
    var label: String { get }
    /// The direction `cycle_sort` starts this key in: ascending, but descending where the large
    /// end is what people look for first (the boards with the most pins).
    var firstDirection: SortDirection { get }
}

extension ItemSortKey {
    public var firstDirection: SortDirection { .ascending }

    /// The key after this one, wrapping to the first.
    public var next: Self {
        let keys = Self.allCases
        let index = keys.firstIndex(of: self) ?? keys.startIndex
        return keys[(index + 1) % keys.count]
    }
}

extension ItemSortKey where Self: RawRepresentable, RawValue == String {
    public var label: String { rawValue }
}

public enum SortDirection: Hashable, Sendable {
    case ascending, descending

    public var reversed: SortDirection { self == .ascending ? .descending : .ascending }
}

/// The sort applied to a list pane's visible items.
public struct SortOrder<Key: ItemSortKey>: Hashable, Sendable {
    public var key: Key
    public var direction: SortDirection

    public init(key: Key = .apiOrder, direction: SortDirection = .ascending) {
        self.key = key
        self.direction = direction
    }

    /// True for the API's own order, unreversed.
    public var isAPIOrder: Bool { self == SortOrder() }

    /// The order after `cycle_sort`: the next key, in its first direction.
    public var next: SortOrder { SortOrder(key: key.next, direction: key.next.firstDirection) }

    /// e.g. "created ↓"; the API's own order is "API order", or "API order, reversed".
    public var label: String {
        guard key != .apiOrder else { return direction == .ascending ? "API order" : "API order, reversed" }
        return "\(key.label) \(direction == .ascending ? "↑" : "↓")"
    }

    /// How a pane's title names the order, the default included: "by created ↓", "API order".
    public var title: String { key == .apiOrder ? label : "by \(label)" }

    /// The title in a narrow pane: "created ↓", "reversed"; nil for the default, which goes unsaid there.
    public var compactTitle: String? {
        guard key == .apiOrder else { return label }
        return direction == .ascending ? nil : "reversed"
    }
}
