/// Changing a pane's loaded items in place after a write, without reloading the list.
extension ListPane {
    /// Inserts a new item at the top (`atEnd`: after the last loaded one) unless it is already
    /// there, and selects it.
    mutating func insert(_ item: Item, atEnd: Bool = false, pageRows: Int) {
        if self.item(withID: item.id) == nil {
            changeItems { $0.insert(item, at: atEnd ? $0.endIndex : $0.startIndex) }
        }
        select(item.id, pageRows: pageRows)
    }

    /// Replaces the loaded item with the same id; returns the version it replaced, nil when absent.
    @discardableResult
    mutating func replace(_ item: Item) -> ItemUndo<Item>? {
        guard let index = loadedIndex(of: item.id), let previous = self.item(withID: item.id) else { return nil }
        changeItems { $0[index] = item }
        return .replaced(previous)
    }

    /// Removes the loaded item with this id, moving the selection to the row that takes its place;
    /// returns what puts it back, nil when absent.
    mutating func remove(id: String) -> ItemUndo<Item>? {
        guard let index = loadedIndex(of: id) else { return nil }
        let previousIndex = selectedIndex
        let removed = changeItems { $0.remove(at: index) }
        clampSelection(previousIndex: previousIndex)
        return .removed(removed, index: index)
    }

    /// Takes back a change: an earlier version replaces the current one, a removed item returns to
    /// its position (or the end, if the list got shorter) unless a reload brought it back already.
    mutating func undo(_ change: ItemUndo<Item>) {
        switch change {
        case .replaced(let previous):
            replace(previous)
        case .removed(let item, let index):
            guard self.item(withID: item.id) == nil else { return }
            changeItems { $0.insert(item, at: min(index, $0.count)) }
        }
    }

    /// Selects the loaded item with this id, clearing a filter that hides it, and scrolls it into view.
    mutating func select(_ id: String, pageRows: Int) {
        guard item(withID: id) != nil else { return }
        if visiblePosition(of: id) == nil {
            filter = ""
        }
        selectedID = id
        if let index = visiblePosition(of: id) {
            keepInView(index, rows: max(1, pageRows))
        }
    }
}
