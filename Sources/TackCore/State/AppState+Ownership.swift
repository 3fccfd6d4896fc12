import PinterestAPI

/// Which boards, sections and pins the account may change: its own, not those of boards it follows.
extension AppState {
    /// True when the board is one of the account's own loaded boards.
    public func ownsBoard(id: String) -> Bool {
        boardsScreen.boards.items.contains { $0.id == id }
    }

    /// The opened board when it is one of the account's own.
    public var ownChosenBoard: Board? {
        boardsScreen.chosenBoard.flatMap { ownsBoard(id: $0.id) ? $0 : nil }
    }

    /// True when the shown pins may be edited, moved or deleted: My pins, or an own board's pins.
    public var canChangeShownPins: Bool {
        switch screen {
        case .boards: ownChosenBoard != nil
        case .myPins: true
        case .account, .analytics: false
        }
    }

    /// The sections of a board when the sections pane holds all of them, else nil.
    func loadedSections(ofBoard boardId: String) -> [BoardSection]? {
        guard boardsScreen.sections.source == .sections(boardId: boardId), boardsScreen.sections.phase == .loaded, !boardsScreen.sections.hasMore
        else { return nil }
        return boardsScreen.sections.items.compactMap { entry in
            if case .section(let section) = entry { section } else { nil }
        }
    }
}
