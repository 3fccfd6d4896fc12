import PinterestAPI

/// Addressing the list panes by `PaneID`.
extension AppState {
    /// Applies a pane operation to one pane; returns the effect that loads what it needs, cancelling
    /// the pane's request in flight when a new one replaces it. Showing other pins drops the marks.
    mutating func apply(_ operation: PaneOperation, to pane: PaneID) -> Effect {
        let rows = pageRows(of: pane)
        let wasLoading = status(of: pane).isLoading
        if case .show(let source) = operation, pane == .pins || pane == .myPins, status(of: pane).source != source {
            marks.clear()
        }
        let request: PageRequest? = switch pane {
        case .boards: boards.apply(operation, pageRows: rows)
        case .followedBoards: followedBoards.apply(operation, pageRows: rows)
        case .sections: sections.apply(operation, pageRows: rows)
        case .pins: pins.apply(operation, pageRows: rows)
        case .myPins: myPins.apply(operation, pageRows: rows)
        }
        guard let request else { return .none }
        return .all([wasLoading ? .cancel(.pane(pane)) : .none, .request(id: .pane(pane), .page(request))])
    }

    /// The item-independent view of one pane.
    public func status(of pane: PaneID) -> any ListPaneStatus {
        switch pane {
        case .boards: boards
        case .followedBoards: followedBoards
        case .sections: sections
        case .pins: pins
        case .myPins: myPins
        }
    }

    func boardsPane(_ pane: PaneID) -> ListPane<Board> {
        pane == .followedBoards ? followedBoards : boards
    }

    func pinsPane(_ pane: PaneID) -> ListPane<Pin> {
        pane == .myPins ? myPins : pins
    }
}
