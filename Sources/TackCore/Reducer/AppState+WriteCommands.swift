import PinterestAPI

/// The pane commands that open a form or a confirmation for a write.
extension AppState {
    mutating func performWriteCommand(_ command: Command) -> Effect {
        switch command {
        case .createBoard, .editBoard, .deleteBoard:
            return boardCommand(command)
        case .createSection, .renameSection, .deleteSection:
            return sectionCommand(command)
        case .createPin:
            guard screen == .boards, let board = ownChosenBoard else {
                statusMessage = "Open one of your boards to add a pin to it"
                return .none
            }
            form = .createPin(board: board, section: boardsScreen.chosenSection)
        case .savePin:
            let own = ownChosenBoard
            let onFollowedBoard = screen == .boards && boardsScreen.list == .followed
            let unownedPin = own == nil && onFollowedBoard ? selectedPin?.id : nil
            form = .savePin(reference: unownedPin, board: own, section: own == nil ? nil : boardsScreen.chosenSection)
        case .editPin, .movePins, .deletePins:
            return pinCommand(command)
        default:
            break
        }
        return .none
    }

    /// Updates a board delete's dialog, if it is still open, once the board's sections are counted.
    mutating func updateDeleteBoardDialog(boardId: String, sectionCount: Int?) {
        guard case .deleteBoard(boardId, let name) = confirmation?.action else { return }
        let pinCount = boardsScreen.boards.items.first { $0.id == boardId }?.pinCount
        confirmation = .deleteBoard(id: boardId, name: name, pinCount: pinCount, sectionCount: sectionCount)
    }

    /// Updates a section delete's dialog, if it is still open, once the section's pins are counted.
    mutating func updateDeleteSectionDialog(boardId: String, sectionId: String, pinCount: Int?) {
        guard case .deleteSection(boardId, sectionId, let name) = confirmation?.action else { return }
        confirmation = .deleteSection(boardId: boardId, section: BoardSection(id: sectionId, name: name), pinCount: pinCount)
    }

    private mutating func boardCommand(_ command: Command) -> Effect {
        guard screen == .boards, boardsScreen.list == .own else {
            statusMessage = "Only your own boards can be changed: show your boards first"
            return .none
        }
        if command == .createBoard {
            form = .createBoard()
            return .none
        }
        guard let board = selectedBoard else { return .none }
        if command == .editBoard {
            form = .editBoard(board)
            return .none
        }
        let sections = loadedSections(ofBoard: board.id)
        confirmation = .deleteBoard(id: board.id, name: board.name, pinCount: board.pinCount, sectionCount: sections?.count)
        guard sections == nil else { return .none }
        confirmation?.message.insert("Counting its sections…", at: 1)
        return .request(id: .boardSections, .boardSections(boardId: board.id))
    }

    private mutating func sectionCommand(_ command: Command) -> Effect {
        guard let board = ownChosenBoard else {
            statusMessage = "Only the sections of your own boards can be changed"
            return .none
        }
        if command == .createSection {
            form = .createSection(boardId: board.id)
            return .none
        }
        guard case .section(let section) = boardsScreen.sections.selectedItem else {
            statusMessage = "“(all pins)” is not a section: choose a section"
            return .none
        }
        if command == .renameSection {
            form = .renameSection(boardId: board.id, section: section)
            return .none
        }
        let pinCount = loadedPinCount(ofSection: section.id, onBoard: board.id)
        confirmation = .deleteSection(boardId: board.id, section: section, pinCount: pinCount)
        guard pinCount == nil else { return .none }
        confirmation?.message.insert("Counting its pins…", at: 1)
        return .request(id: .sectionPinCount, .sectionPinCount(boardId: board.id, sectionId: section.id))
    }

    /// The section's pin count when the pins pane holds every one of its pins, else nil.
    private func loadedPinCount(ofSection sectionId: String, onBoard boardId: String) -> Int? {
        guard boardsScreen.pins.source == .sectionPins(boardId: boardId, sectionId: sectionId), boardsScreen.pins.phase == .loaded,
            !boardsScreen.pins.hasMore
        else { return nil }
        return boardsScreen.pins.items.count
    }

    private mutating func pinCommand(_ command: Command) -> Effect {
        guard canChangeShownPins else {
            statusMessage = "Only the pins of your own boards can be changed"
            return .none
        }
        if command == .editPin {
            if let pin = selectedPin { form = .editPin(pin) }
            return .none
        }
        let ids = pinsToActOn
        guard !ids.isEmpty, !bulkIsRunning() else { return .none }
        guard command == .movePins else {
            confirmation = .deletePins(ids.map { ($0, pinTitle(id: $0)) })
            return .none
        }
        let origin = moveOrigin(of: ids)
        form = .movePins(ids: ids, from: origin)
        guard case .place(let board, _?, nil) = origin else { return .none }
        // The section's name is not loaded: fetch the board's sections to show it.
        return .request(id: .boardSections, .boardSections(boardId: board.id))
    }

    /// Where the pins are now: one board and section, one board and several sections, or unknown.
    private func moveOrigin(of ids: [String]) -> FormState.MoveOrigin {
        let shown = activePinsPane.map { readingPins(of: $0) { $0.items } } ?? []
        let places = ids.map { id -> (boardId: String?, sectionId: String?) in
            let pin = shown.first { $0.id == id }
            let inChosenBoard = screen == .boards
            let boardId = pin?.boardId ?? (inChosenBoard ? boardsScreen.chosenBoard?.id : nil)
            let sectionId = pin?.boardSectionId ?? (inChosenBoard ? boardsScreen.chosenSection?.id : nil)
            return (boardId, sectionId)
        }
        guard let boardId = places.first?.boardId, places.allSatisfy({ $0.boardId == boardId }),
            let board = knownBoard(id: boardId)
        else { return .unknown }
        let sectionId = places[0].sectionId
        guard places.allSatisfy({ $0.sectionId == sectionId }) else { return .boardWithMixedSections(board) }
        return .place(board: board, sectionId: sectionId, sectionName: sectionId.flatMap(sectionName(id:)))
    }

    /// A board of the account's from the loaded lists (the move form names it).
    private func knownBoard(id: String) -> Board? {
        if boardsScreen.chosenBoard?.id == id { return boardsScreen.chosenBoard }
        return boardsScreen.boards.items.first { $0.id == id }
    }
}
