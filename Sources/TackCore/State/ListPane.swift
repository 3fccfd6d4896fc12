import Foundation

/// One list pane (boards, sections or pins): its loaded pages, load phase, selection, filter and sort.
///
/// The selection is kept by item id, so it survives new pages, re-sorting and filtering. The visible
/// order is kept beside the items (see `VisibleOrder`) and recomputed only when the items, the filter
/// or the sort change, so moving the selection costs the same at 100,000 items as at 10.
public struct ListPane<Item: PaneItem>: Sendable {
    /// What the pane lists; nil until something is chosen (e.g. sections before a board is opened).
    public var source: ListSource?
    /// The bookmark of the next page; nil when the last page is loaded.
    public var bookmark: String?
    public var phase: LoadPhase
    /// The last request issued for this pane: only its answer is accepted, and `retry` repeats it.
    public var request: PageRequest?
    /// The id of the selected item.
    public var selectedID: String?
    /// The first visible row; kept so the selection stays in view.
    public var scrollOffset: Int
    public var filter: String {
        didSet { if filter != oldValue { reorder(narrowing: !oldValue.isEmpty && filter.hasPrefix(oldValue)) } }
    }
    /// True while the user is typing the filter.
    public var isEditingFilter: Bool
    public var sort: SortOrder<Item.SortKey> {
        didSet { if sort != oldValue { reorder(narrowing: false) } }
    }
    /// True after `go_bottom` on a partly loaded list: every further page is loaded, and the selection
    /// follows the end, until the last page, another movement or `back`.
    public internal(set) var isLoadingAll: Bool
    /// True while the pages after the one requested come by themselves (`APIRequest.pages`), until the
    /// last page or until the pane stops them.
    var isFollowingPages: Bool

    private var loaded: ItemChunks<Item>
    private var order: VisibleOrder<Item>

    public init(source: ListSource? = nil) {
        self.source = source
        loaded = ItemChunks()
        order = VisibleOrder()
        bookmark = nil
        phase = .idle
        request = nil
        selectedID = nil
        scrollOffset = 0
        filter = ""
        isEditingFilter = false
        sort = SortOrder()
        isLoadingAll = false
        isFollowingPages = false
    }

    /// Every item loaded so far, in API order. Getting it makes an array of them all, and setting it
    /// re-indexes the whole list: for writes and tests, not for keys. The reducer appends pages
    /// through `receive`, which does neither.
    public var items: [Item] {
        get { Array(loaded) }
        set {
            loaded = ItemChunks(newValue)
            order = VisibleOrder(items: loaded, filter: filter, sort: sort)
        }
    }

    /// Changes the loaded items, then re-indexes them.
    mutating func changeItems<Result>(_ change: (inout [Item]) -> Result) -> Result {
        var changed = items
        let result = change(&changed)
        items = changed
        return result
    }

    /// How many rows the pane shows: the leading rows and the loaded items matching the filter.
    public var visibleCount: Int {
        source == nil ? 0 : Item.leadingRows.count + order.order.count
    }

    /// How many loaded items match the filter (leading rows not counted).
    public var matchingCount: Int { source == nil ? 0 : order.order.count }

    /// The row at `position` (0 ..< `visibleCount`).
    public func visibleItem(at position: Int) -> Item {
        let leading = Item.leadingRows
        return position < leading.count ? leading[position] : loaded[order.order[position - leading.count]]
    }

    /// The rows at the positions of `range` that exist: what the view draws.
    public func visibleRows(in range: Range<Int>) -> [Item] {
        range.clamped(to: 0..<visibleCount).map(visibleItem(at:))
    }

    /// Every row, in order: the leading rows, then the loaded items matching the filter, sorted.
    /// This walks the whole list: keypresses use `visibleItem(at:)` and `visibleRows(in:)`.
    public var visibleItems: [Item] { visibleRows(in: 0..<visibleCount) }

    /// The row position of the item with this id; nil when it is not shown.
    public func visiblePosition(of id: String) -> Int? {
        guard source != nil else { return nil }
        let leading = Item.leadingRows
        if let position = leading.firstIndex(where: { $0.id == id }) { return position }
        guard let index = order.itemIndex(of: id), let position = order.position(ofItemAt: index) else { return nil }
        return leading.count + position
    }

    /// The loaded item with this id, shown or not.
    public func item(withID id: String) -> Item? {
        loadedIndex(of: id).map { loaded[$0] }
    }

    /// The index in `items` of the item with this id.
    func loadedIndex(of id: String) -> Int? { order.itemIndex(of: id) }

    /// The position of the selected item among the visible rows (the first row when the id is not visible).
    public var selectedIndex: Int? {
        selectedID.flatMap(visiblePosition(of:)) ?? (visibleCount == 0 ? nil : 0)
    }

    public var selectedItem: Item? {
        selectedIndex.map(visibleItem(at:))
    }

    /// How many items are loaded (before filtering, without leading rows).
    public var loadedCount: Int { loaded.count }

    /// True when the API has further pages.
    public var hasMore: Bool { bookmark != nil }

    public var isLoading: Bool { phase == .loading || phase == .loadingMore }

    /// True while a filter is active on a list with pages still to load: they are loaded one after
    /// another, so the filter finds what is not loaded yet.
    public var isSearchingAllPages: Bool { !filter.isEmpty && hasMore }

    /// The failure of the last request, if it failed.
    public var failure: APIFailure? {
        if case .failed(let failure) = phase { failure } else { nil }
    }

    /// Appends a page's items that are not loaded yet, merging them into the visible order.
    mutating func append(_ page: [Item]) {
        let start = loaded.count
        var seen = Set<String>()
        loaded.append(contentsOf: page.filter { loadedIndex(of: $0.id) == nil && seen.insert($0.id).inserted })
        order.append(from: start, of: loaded, filter: filter, sort: sort)
    }

    /// Forgets the visible order, leaving a pane that compares equal (`==` ignores the order) but must not
    /// be shown: for the copy the store compares the next state with (`AppState.withoutVisibleOrders`).
    mutating func dropVisibleOrder() {
        order = VisibleOrder()
    }

    /// Recomputes the visible order after the filter or sort changed; a filter that extends the
    /// previous one only narrows what is shown.
    private mutating func reorder(narrowing: Bool) {
        if narrowing {
            order.narrow(to: filter, in: loaded)
        } else {
            order = VisibleOrder(items: loaded, filter: filter, sort: sort)
        }
    }
}

extension ListPane: Equatable {
    /// The visible order is derived from the items, the filter and the sort, so it is not compared.
    public static func == (lhs: ListPane, rhs: ListPane) -> Bool {
        lhs.source == rhs.source && lhs.bookmark == rhs.bookmark && lhs.phase == rhs.phase
            && lhs.request == rhs.request && lhs.selectedID == rhs.selectedID && lhs.scrollOffset == rhs.scrollOffset
            && lhs.filter == rhs.filter && lhs.isEditingFilter == rhs.isEditingFilter && lhs.sort == rhs.sort
            && lhs.isLoadingAll == rhs.isLoadingAll && lhs.isFollowingPages == rhs.isFollowingPages
            && lhs.loaded == rhs.loaded
    }
}
