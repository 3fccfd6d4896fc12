/// Which top-level list the user is browsing.
public enum BrowseMode: Hashable, Sendable {
    /// Own boards, their sections and pins.
    case boards
    /// The account's pins (pins/list) with these filters; only the pins pane (and the detail) is shown.
    case myPins(MyPinsFilters)
    /// Boards the account follows; they open into sections and pins like own boards.
    case followedBoards
}

extension BrowseMode {
    /// True in the modes that show boards, sections and pins side by side.
    public var isBoardBrowsing: Bool {
        if case .myPins = self { false } else { true }
    }
}
