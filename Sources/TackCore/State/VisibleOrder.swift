import Foundation

/// Where each item of a list pane is: by id, and in the visible (filtered, sorted) order.
///
/// It is kept beside the items and recomputed only when they, the filter or the sort change (a page
/// appended is merged in without sorting again), so a keypress finds the selection, its neighbours
/// and the rows in view in constant time, however many items are loaded.
struct VisibleOrder<Item: PaneItem>: Sendable {
    /// The index in the items of each id.
    private var indexByID: [String: Int] = [:]
    /// The indexes in the items of those that match the filter, in the order shown.
    private(set) var order: [Int] = []
    /// For each index in the items, its position in `order`; -1 when the filter hides it.
    private var positionOfItem: [Int] = []

    init() {}

    /// Indexes `items` and orders those matching `filter` by `sort`.
    init(items: ItemChunks<Item>, filter: String, sort: SortOrder<Item.SortKey>) {
        indexByID.reserveCapacity(items.count)
        for (index, item) in items.enumerated() { indexByID[item.id] = index }
        order = Self.ordered(Array(items.indices).filter { Self.matches(items[$0], filter) }, in: items, by: sort)
        reposition(itemCount: items.count)
    }

    /// The index in the items of the item with this id.
    func itemIndex(of id: String) -> Int? { indexByID[id] }

    /// The position in `order` of the item at `itemIndex`; nil when the filter hides it.
    func position(ofItemAt itemIndex: Int) -> Int? {
        let position = positionOfItem[itemIndex]
        return position < 0 ? nil : position
    }

    /// Takes in the items appended from `start` on (by a page), merging those that match into the order.
    mutating func append(from start: Int, of items: ItemChunks<Item>, filter: String, sort: SortOrder<Item.SortKey>) {
        for index in start..<items.count { indexByID[items[index].id] = index }
        let added = Self.ordered((start..<items.count).filter { Self.matches(items[$0], filter) }, in: items, by: sort)
        if sort.key == .apiOrder, sort.direction == .ascending {
            order += added
            positionOfItem += repeatElement(-1, count: items.count - start)
            for (offset, index) in added.enumerated() { positionOfItem[index] = order.count - added.count + offset }
            return
        }
        order = Self.merge(added, into: order, in: items, by: sort)
        reposition(itemCount: items.count)
    }

    /// Narrows the order to the items matching `filter`, which finds only a subset of what the current
    /// order holds (it extends the filter the order was made with): the sort stays as it is.
    mutating func narrow(to filter: String, in items: ItemChunks<Item>) {
        order.removeAll { !Self.matches(items[$0], filter) }
        reposition(itemCount: items.count)
    }

    static func matches(_ item: Item, _ filter: String) -> Bool {
        filter.isEmpty || item.filterText.localizedCaseInsensitiveContains(filter)
    }

    private mutating func reposition(itemCount: Int) {
        positionOfItem = Array(repeating: -1, count: itemCount)
        for (position, index) in order.enumerated() { positionOfItem[index] = position }
    }

    /// Item indexes (ascending, i.e. in API order) put in the order `sort` shows them.
    private static func ordered(_ indexes: [Int], in items: ItemChunks<Item>, by sort: SortOrder<Item.SortKey>) -> [Int] {
        guard sort.key != .apiOrder else { return sort.direction == .ascending ? indexes : indexes.reversed() }
        return indexes.sorted { comesBefore($0, $1, in: items, by: sort) }
    }

    /// Whether the item at `lhs` is shown before the one at `rhs`. Ties keep API order whatever the
    /// direction, so the order is fully determined.
    private static func comesBefore(_ lhs: Int, _ rhs: Int, in items: ItemChunks<Item>, by sort: SortOrder<Item.SortKey>) -> Bool {
        if sort.key == .apiOrder { return sort.direction == .ascending ? lhs < rhs : lhs > rhs }
        let ascending = sort.direction == .ascending
        if items[lhs].precedes(items[rhs], by: sort.key) { return ascending }
        if items[rhs].precedes(items[lhs], by: sort.key) { return !ascending }
        return lhs < rhs
    }

    /// Merges `added` (already ordered) into `order`: each one's place is found by binary search, and
    /// the runs between them are copied whole.
    private static func merge(_ added: [Int], into order: [Int], in items: ItemChunks<Item>, by sort: SortOrder<Item.SortKey>) -> [Int] {
        var merged: [Int] = []
        merged.reserveCapacity(order.count + added.count)
        var copied = 0
        for index in added {
            var low = copied, high = order.count
            while low < high {
                let middle = (low + high) / 2
                if comesBefore(order[middle], index, in: items, by: sort) { low = middle + 1 } else { high = middle }
            }
            merged += order[copied..<low]
            merged.append(index)
            copied = low
        }
        merged += order[copied...]
        return merged
    }
}
