/// How to take back one optimistic change to a list's loaded items.
enum ItemUndo<Item: PaneItem>: Sendable, Equatable {
    /// The item was replaced: put this earlier version back.
    case replaced(Item)
    /// The item was removed from this position of the loaded items: insert it there again.
    case removed(Item, index: Int)
}

extension Array {
    /// Records the undo of a change; a change that found no item to change records nothing.
    mutating func record<Item>(_ undo: ItemUndo<Item>?) where Element == ItemUndo<Item> {
        if let undo { append(undo) }
    }
}
