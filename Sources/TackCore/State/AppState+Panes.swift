import PinterestAPI

/// Addressing the list panes of every screen by `PaneID`.
extension AppState {
    /// Applies a pane operation to one pane; returns the effect that loads what it needs, cancelling
    /// the pane's request in flight when a new one replaces it (or the pages still coming when it no
    /// longer wants them). Showing other pins drops the marks. `pageRows` overrides the rows a page
    /// moves by (the gallery moves by its own rows and tiles).
    mutating func apply(_ operation: PaneOperation, to pane: PaneID, pageRows override: Int? = nil) -> Effect {
        let rows = override ?? pageRows(of: pane)
        let wasLoading = status(of: pane).isLoading
        if case .show(let source) = operation, pane == .pins || pane == .myPins, status(of: pane).source != source {
            marks.clear()
        }
        let load: PaneLoad? = switch pane {
        case .boards: boardsScreen.boards.apply(operation, pageRows: rows)
        case .followedBoards: boardsScreen.followedBoards.apply(operation, pageRows: rows)
        case .sections: boardsScreen.sections.apply(operation, pageRows: rows)
        case .pins: boardsScreen.pins.apply(operation, pageRows: rows)
        case .myPins: myPinsScreen.pins.apply(operation, pageRows: rows)
        case .followers: accountScreen.followers.apply(operation, pageRows: rows)
        case .following: accountScreen.following.apply(operation, pageRows: rows)
        case .businesses: accountScreen.businesses.apply(operation, pageRows: rows)
        case .websites: accountScreen.websites.apply(operation, pageRows: rows)
        }
        let request: APIRequest
        switch load {
        case nil: return .none
        case .stopPages: return .cancel(.pane(pane))
        case .page(let page): request = .page(page)
        case .pages(let first): request = .pages(first)
        }
        return .all([wasLoading ? .cancel(.pane(pane)) : .none, .request(id: .pane(pane), request)])
    }

    /// The item-independent view of one pane.
    public func status(of pane: PaneID) -> ListPaneStatus {
        switch pane {
        case .boards: ListPaneStatus(boardsScreen.boards)
        case .followedBoards: ListPaneStatus(boardsScreen.followedBoards)
        case .sections: ListPaneStatus(boardsScreen.sections)
        case .pins: ListPaneStatus(boardsScreen.pins)
        case .myPins: ListPaneStatus(myPinsScreen.pins)
        case .followers: ListPaneStatus(accountScreen.followers)
        case .following: ListPaneStatus(accountScreen.following)
        case .businesses: ListPaneStatus(accountScreen.businesses)
        case .websites: ListPaneStatus(accountScreen.websites)
        }
    }

    /// Where a pane of boards is kept.
    static func boardsPath(_ pane: PaneID) -> WritableKeyPath<AppState, ListPane<Board>> {
        pane == .followedBoards ? \.boardsScreen.followedBoards : \.boardsScreen.boards
    }

    /// Where a pane of people is kept.
    static func peoplePath(_ pane: PaneID) -> WritableKeyPath<AppState, ListPane<UserSummary>> {
        pane == .following ? \.accountScreen.following : \.accountScreen.followers
    }

    /// Where a pane of pins is kept.
    static func pinsPath(_ pane: PaneID) -> WritableKeyPath<AppState, ListPane<Pin>> {
        pane == .myPins ? \.myPinsScreen.pins : \.boardsScreen.pins
    }

    /// What `read` finds in a pane of pins, read where it is kept: reading through `pinsPath` copies the
    /// whole state first, which the views (that ask for the selected pin many times a frame) cannot afford.
    func readingPins<Result>(of pane: PaneID, _ read: (ListPane<Pin>) -> Result) -> Result {
        pane == .myPins ? read(myPinsScreen.pins) : read(boardsScreen.pins)
    }
}
