/// The full-screen view of one pin of the pin list on view (enter on a pin): every field, wrapped and
/// scrollable, with its own keys (`pin_view`); `back` closes it, leaving the list as it was.
public struct PinViewState: Hashable, Sendable {
    /// The pin on view: the list's selected pin when the view opened. The view closes when the pin
    /// leaves the list (deleted, moved to another board).
    public var pinId: String
    /// The first line shown.
    public var scroll: Int

    public init(pinId: String, scroll: Int = 0) {
        self.pinId = pinId
        self.scroll = scroll
    }
}
