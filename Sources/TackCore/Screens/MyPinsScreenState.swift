import PinterestAPI

/// The account's own pins across every board, filtered by pins/list's filters.
public struct MyPinsScreenState: Sendable, Equatable {
    public var focus: MyPinsFocus
    /// The filters the list is shown with; changing one reloads it.
    public var filters: MyPinsFilters
    public var pins: ListPane<Pin>

    public init() {
        focus = .pins
        filters = .none
        pins = ListPane()
    }
}

/// The pane of the My pins screen that receives keys.
public enum MyPinsFocus: Hashable, Sendable {
    case pins, detail
}
