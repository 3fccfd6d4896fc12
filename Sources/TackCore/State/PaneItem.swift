/// Something a list pane can show, select by id, filter and sort.
public protocol PaneItem: Identifiable, Sendable, Equatable where ID == String {
    /// The text a filter matches against, case-insensitively.
    var filterText: String { get }
    /// What this kind of item can be sorted by; `cycle_sort` visits its cases in order.
    associatedtype SortKey: ItemSortKey
    /// Rows shown before the loaded items whenever the pane has a source; never filtered or sorted.
    static var leadingRows: [Self] { get }
    /// Whether `self` comes before `other` when sorting ascending by `key` (never called with `.apiOrder`).
    func precedes(_ other: Self, by key: SortKey) -> Bool
}

extension PaneItem {
    public static var leadingRows: [Self] { [] }
}
