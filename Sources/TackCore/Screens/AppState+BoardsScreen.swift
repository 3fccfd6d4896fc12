import PinterestAPI

/// What keys do on the boards screen: drilling into boards and sections, going back, the focus.
extension AppState {
    /// The boards screen's own commands; the global ones were handled before.
    mutating func performOnBoardsScreen(_ command: Command) -> Effect {
        switch command {
        case .open:
            return openOnBoardsScreen()
        case .back:
            backOnBoardsScreen()
        case .focusNext, .focusPrevious, .focusLeft, .focusRight:
            var order: [BoardsFocus] = [.boards, .sections, .pins]
            if showDetail { order.append(.detail) }
            boardsScreen.focus = Self.moveFocus(from: boardsScreen.focus, through: order, by: command)
        case .filter where boardsScreen.focus == .detail:
            boardsScreen.focus = .pins
            return performListCommand(command, on: .pins)
        case .cyclePinFilter, .cyclePinType, .cycleCreativeType, .toggleProtectedPins:
            statusMessage = "Pin filters apply to My pins"
        default:
            return performListCommand(command, on: focusedPane ?? .boards)
        }
        return .none
    }

    /// The boards screen with one of its board lists; the sections and pins panes show only a board of
    /// the list on view: showing your boards leaves a followed board, and the other way round.
    mutating func showBoardsScreen(_ list: BoardList) -> Effect {
        screen = .boards
        marks.clear()
        boardsScreen.list = list
        boardsScreen.focus = .boards
        return .all([
            closeChosenBoard(ifOwned: list == .followed),
            apply(.show(list == .own ? .ownBoards : .followedBoards), to: boardsScreen.boardsPane),
        ])
    }

    /// Boards open into their sections and pins; a section (or "(all pins)") shows its pins;
    /// a pin (or its detail) opens the pin view.
    private mutating func openOnBoardsScreen() -> Effect {
        switch boardsScreen.focus {
        case .boards:
            guard let board = selectedBoard else { return .none }
            return open(board)
        case .sections:
            guard let board = boardsScreen.chosenBoard, let entry = boardsScreen.sections.selectedItem else { return .none }
            boardsScreen.focus = .pins
            switch entry {
            case .allPins:
                boardsScreen.chosenSection = nil
                return apply(.show(.boardPins(boardId: board.id)), to: .pins)
            case .section(let section):
                boardsScreen.chosenSection = section
                return apply(.show(.sectionPins(boardId: board.id, sectionId: section.id)), to: .pins)
            }
        case .pins, .detail:
            openPinView()
        }
        return .none
    }

    /// Opening another board replaces (and cancels) the loads of the previous one.
    mutating func open(_ board: Board) -> Effect {
        boardsScreen.focus = .sections
        boardsScreen.pinToSelect = nil
        if boardsScreen.chosenBoard?.id != board.id { boardsScreen.chosenSection = nil }
        boardsScreen.chosenBoard = board
        return .all([
            apply(.show(.sections(boardId: board.id)), to: .sections),
            apply(.show(.boardPins(boardId: board.id)), to: .pins),
        ])
    }

    /// Shows a pin on its board: the boards screen with the board opened, the pins focused, and the pin
    /// selected once its page is in.
    mutating func showPinOnItsBoard(_ pin: Pin) -> Effect {
        guard let boardId = pin.boardId, let board = boardsScreen.boards.item(withID: boardId) else {
            statusMessage = "The pin's board is not among your boards"
            return .none
        }
        let showing = showBoardsScreen(.own)
        boardsScreen.boards.select(board.id, pageRows: pageRows(of: .boards))
        let opening = open(board)
        boardsScreen.focus = .pins
        boardsScreen.pinToSelect = pin.id
        return .all([showing, opening, selectPinToSelect()])
    }

    /// Selects the pin waiting to be selected if the pins brought it; forgets it when every page is in
    /// without it.
    mutating func selectPinToSelect() -> Effect {
        guard let pinId = boardsScreen.pinToSelect, boardsScreen.pins.phase != .loading else { return .none }
        if boardsScreen.pins.item(withID: pinId) != nil {
            boardsScreen.pins.select(pinId, pageRows: pageRows(of: .pins))
            boardsScreen.pinToSelect = nil
        } else if !boardsScreen.pins.hasMore && !boardsScreen.pins.isLoading {
            boardsScreen.pinToSelect = nil
            statusMessage = "The pin is no longer on its board"
        }
        return .none
    }

    /// Goes to the parent pane.
    private mutating func backOnBoardsScreen() {
        switch boardsScreen.focus {
        case .boards: break
        case .sections: boardsScreen.focus = .boards
        case .pins: boardsScreen.focus = .sections
        case .detail: boardsScreen.focus = .pins
        }
    }

    /// Forgets the opened board (deleted, or of the other board list): its sections and pins go, and
    /// their loads stop.
    mutating func closeChosenBoard() -> Effect {
        boardsScreen.chosenBoard = nil
        boardsScreen.chosenSection = nil
        boardsScreen.sections = ListPane()
        boardsScreen.pins = ListPane()
        boardsScreen.focus = .boards
        if screen == .boards { marks.clear() }
        return .all([.cancel(.pane(.sections)), .cancel(.pane(.pins))])
    }

    /// Closes the opened board when it is (`owned`), or is not, one of the account's own boards.
    private mutating func closeChosenBoard(ifOwned owned: Bool) -> Effect {
        guard let board = boardsScreen.chosenBoard, ownsBoard(id: board.id) == owned else { return .none }
        return closeChosenBoard()
    }
}
