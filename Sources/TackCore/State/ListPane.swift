import Foundation

/// One list pane (boards, sections or pins): its loaded pages, load phase, selection, filter and sort.
///
/// The selection is kept by item id, so it survives new pages, re-sorting and filtering.
public struct ListPane<Item: PaneItem>: Sendable, Equatable {
    /// What the pane lists; nil until something is chosen (e.g. sections before a board is opened).
    public var source: ListSource?
    /// Every item loaded so far, in API order.
    public var items: [Item]
    /// The bookmark of the next page; nil when the last page is loaded.
    public var bookmark: String?
    public var phase: LoadPhase
    /// The last request issued for this pane: only its answer is accepted, and `retry` repeats it.
    public var request: PageRequest?
    /// The id of the selected item.
    public var selectedID: String?
    /// The first visible row; kept so the selection stays in view.
    public var scrollOffset: Int
    public var filter: String
    /// True while the user is typing the filter.
    public var isEditingFilter: Bool
    public var sort: SortOrder<Item.SortKey>

    public init(source: ListSource? = nil) {
        self.source = source
        items = []
        bookmark = nil
        phase = .idle
        request = nil
        selectedID = nil
        scrollOffset = 0
        filter = ""
        isEditingFilter = false
        sort = SortOrder()
    }

    /// The rows to show: the leading rows, then the loaded items matching the filter, sorted.
    public var visibleItems: [Item] {
        guard source != nil else { return [] }
        let matching = filter.isEmpty ? items : items.filter { $0.filterText.localizedCaseInsensitiveContains(filter) }
        return Item.leadingRows + sorted(matching)
    }

    /// The index of the selected item in `visibleItems` (the first row when the id is not visible).
    public var selectedIndex: Int? {
        let visible = visibleItems
        return visible.firstIndex { $0.id == selectedID } ?? (visible.isEmpty ? nil : 0)
    }

    public var selectedItem: Item? {
        let visible = visibleItems
        return selectedIndex.map { visible[$0] }
    }

    /// How many items are loaded (before filtering, without leading rows).
    public var loadedCount: Int { items.count }

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

    private func sorted(_ items: [Item]) -> [Item] {
        guard sort.key != .apiOrder else { return sort.direction == .ascending ? items : items.reversed() }
        let ascending = sort.direction == .ascending
        // Ties keep API order whatever the direction, so the order is fully determined.
        return items.enumerated().sorted { lhs, rhs in
            if lhs.element.precedes(rhs.element, by: sort.key) { return ascending }
            if rhs.element.precedes(lhs.element, by: sort.key) { return !ascending }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
