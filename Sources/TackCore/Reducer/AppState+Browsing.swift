import PinterestAPI

/// Drilling into boards and sections, going back, and switching between the top-level lists.
extension AppState {
    /// Boards open into their sections and pins; a section (or "(all pins)") shows its pins;
    /// a pin shows its detail, and open in the detail returns to the pins.
    mutating func open() -> Effect {
        switch focus {
        case .boards:
            guard let board = selectedBoard else { return .none }
            return open(board)
        case .sections:
            guard let board = chosenBoard, let entry = sections.selectedItem else { return .none }
            focus = .pins
            switch entry {
            case .allPins:
                chosenSection = nil
                return apply(.show(.boardPins(boardId: board.id)), to: .pins)
            case .section(let section):
                chosenSection = section
                return apply(.show(.sectionPins(boardId: board.id, sectionId: section.id)), to: .pins)
            }
        case .pins:
            guard selectedPin != nil else { return .none }
            showDetail = true
            focus = .detail
        case .detail:
            focus = .pins
        }
        return .none
    }

    /// Opening another board replaces (and cancels) the loads of the previous one.
    private mutating func open(_ board: Board) -> Effect {
        focus = .sections
        if chosenBoard?.id != board.id { chosenSection = nil }
        chosenBoard = board
        return .all([
            apply(.show(.sections(boardId: board.id)), to: .sections),
            apply(.show(.boardPins(boardId: board.id)), to: .pins),
        ])
    }

    /// Goes to the parent pane.
    mutating func back() {
        switch focus {
        case .boards: break
        case .sections: focus = .boards
        case .pins: if mode.isBoardBrowsing { focus = .sections }
        case .detail: focus = .pins
        }
    }

    /// Forgets the opened board (deleted, or of the other board list): its sections and pins go, and
    /// their loads stop.
    mutating func closeChosenBoard() -> Effect {
        chosenBoard = nil
        chosenSection = nil
        sections = ListPane()
        pins = ListPane()
        marks.clear()
        if mode.isBoardBrowsing { focus = .boards }
        return .all([.cancel(.pane(.sections)), .cancel(.pane(.pins))])
    }

    /// Shows another top-level list, loading it the first time. The sections and pins panes show
    /// only a board of the board list on screen: showing your boards leaves a followed board, and
    /// showing followed boards leaves one of yours.
    mutating func switchMode(to newMode: BrowseMode) -> Effect {
        mode = newMode
        switch newMode {
        case .boards:
            focus = .boards
            return .all([closeChosenBoard(ifOwned: false), apply(.show(.ownBoards), to: .boards)])
        case .followedBoards:
            focus = .boards
            return .all([closeChosenBoard(ifOwned: true), apply(.show(.followedBoards), to: .followedBoards)])
        case .myPins(let filters):
            focus = .pins
            return apply(.show(.myPins(filters)), to: .myPins)
        }
    }

    /// Closes the opened board when it is (`owned`), or is not, one of the account's own boards.
    private mutating func closeChosenBoard(ifOwned owned: Bool) -> Effect {
        guard let board = chosenBoard, ownsBoard(id: board.id) == owned else { return .none }
        return closeChosenBoard()
    }

    /// The filters of My pins: those of the mode, else those it was last loaded with.
    var currentMyPinsFilters: MyPinsFilters {
        if case .myPins(let filters) = mode { return filters }
        if case .myPins(let filters) = myPins.source { return filters }
        return .none
    }

    /// Cycles one My pins filter and reloads the list; only meaningful while browsing My pins.
    mutating func changeMyPinsFilters(_ command: Command) -> Effect {
        guard case .myPins(var filters) = mode else {
            statusMessage = "Pin filters apply to My pins"
            return .none
        }
        switch command {
        case .cyclePinFilter:
            filters.pinFilter = MyPinsFilters.next(after: filters.pinFilter, in: MyPinsFilters.pinFilterCycle)
        case .cyclePinType:
            filters.pinType = MyPinsFilters.next(after: filters.pinType, in: MyPinsFilters.pinTypeCycle)
        case .cycleCreativeType:
            filters.creativeType = MyPinsFilters.next(after: filters.creativeType, in: MyPinsFilters.creativeTypeCycle)
        default:
            filters.includeProtectedPins.toggle()
        }
        return switchMode(to: .myPins(filters))
    }
}
