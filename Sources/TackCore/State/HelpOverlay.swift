/// The help overlay listing every binding of the active keymap and the row markers' legend.
///
/// `filter` (the `filter` command in [help], `/` in the shipped keymaps) narrows it: typed letters
/// go into `query` while `isEditingFilter`, and the [filter] keys keep or clear it.
public struct HelpOverlay: Hashable, Sendable {
    public var isOpen: Bool
    /// The first help line shown.
    public var scroll: Int
    /// What the lines shown must contain (see `HelpContent`); empty shows every line.
    public private(set) var query: TextBuffer
    /// True while the query is being typed.
    public var isEditingFilter: Bool

    public init(isOpen: Bool = false, scroll: Int = 0, query: String = "", isEditingFilter: Bool = false) {
        self.isOpen = isOpen
        self.scroll = scroll
        self.query = TextBuffer(query)
        self.isEditingFilter = isEditingFilter
    }

    /// Edits the query; the lines shown change, so they are shown from the first.
    public mutating func editQuery(_ command: TextEditCommand) {
        query.apply(command)
        scroll = 0
    }

    /// Drops the query and stops editing it.
    public mutating func clearQuery() {
        query = TextBuffer()
        isEditingFilter = false
        scroll = 0
    }
}
