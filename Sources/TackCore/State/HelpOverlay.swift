/// The help overlay listing every binding of the active keymap.
public struct HelpOverlay: Hashable, Sendable {
    public var isOpen: Bool
    /// The first help line shown.
    public var scroll: Int

    public init(isOpen: Bool = false, scroll: Int = 0) {
        self.isOpen = isOpen
        self.scroll = scroll
    }
}
