import PinterestAPI

/// The pane commands that open a form or a confirmation for a write.
extension AppState {
    mutating func performWriteCommand(_ command: Command) -> Effect {
        switch command {
        case .createBoard, .editBoard, .deleteBoard:
            return boardCommand(command)
        case .createSection, .renameSection, .deleteSection:
            sectionCommand(command)
        case .createPin:
            guard let board = ownChosenBoard, mode.isBoardBrowsing else {
                statusMessage = "Open one of your boards to add a pin to it"
                return .none
            }
            form = .createPin(board: board, section: chosenSection)
        case .savePin:
            let own = ownChosenBoard
            let unownedPin = own == nil && mode == .followedBoards ? selectedPin?.id : nil
            form = .savePin(reference: unownedPin, board: own, section: own == nil ? nil : chosenSection)
        case .editPin, .movePins, .deletePins:
            pinCommand(command)
        default:
            break
        }
        return .none
    }

    /// Updates a board delete's dialog, if it is still open, once the board's sections are counted.
    mutating func updateDeleteBoardDialog(boardId: String, sectionCount: Int?) {
        guard case .deleteBoard(boardId, let name) = confirmation?.action else { return }
        let pinCount = boards.items.first { $0.id == boardId }?.pinCount
        confirmation = .deleteBoard(id: boardId, name: name, pinCount: pinCount, sectionCount: sectionCount)
    }

    private mutating func boardCommand(_ command: Command) -> Effect {
        guard mode == .boards else {
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

    private mutating func sectionCommand(_ command: Command) {
        guard let board = ownChosenBoard else {
            statusMessage = "Only the sections of your own boards can be changed"
            return
        }
        if command == .createSection {
            form = .createSection(boardId: board.id)
            return
        }
        guard case .section(let section) = sections.selectedItem else {
            statusMessage = "“(all pins)” is not a section: choose a section"
            return
        }
        if command == .renameSection {
            form = .renameSection(boardId: board.id, section: section)
        } else {
            confirmation = .deleteSection(boardId: board.id, section: section)
        }
    }

    private mutating func pinCommand(_ command: Command) {
        guard canChangeShownPins else {
            statusMessage = "Only the pins of your own boards can be changed"
            return
        }
        if command == .editPin {
            if let pin = selectedPin { form = .editPin(pin) }
            return
        }
        let ids = pinsToActOn
        guard !ids.isEmpty, !bulkIsRunning() else { return }
        if command == .movePins {
            form = .movePins(ids: ids, from: mode.isBoardBrowsing ? ownChosenBoard : nil)
        } else {
            confirmation = .deletePins(ids: ids)
        }
    }
}
