/// Something a list pane can show, select by id, filter and sort.
public protocol PaneItem: Identifiable, Sendable, Equatable where ID == String {
    /// The text a filter matches against, case-insensitively.
    var filterText: String { get }
    /// The sort keys offered for this kind of item, in cycling order; the first is `.apiOrder`.
    static var sortKeys: [SortKey] { get }
    /// Rows shown before the loaded items whenever the pane has a source; never filtered or sorted.
    static var leadingRows: [Self] { get }
    /// Whether `self` comes before `other` when sorting ascending by `key`.
    func precedes(_ other: Self, by key: SortKey) -> Bool
}

extension PaneItem {
    public static var leadingRows: [Self] { [] }
}
