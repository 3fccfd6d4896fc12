import PinterestAPI

/// Edits, moves and deletes show at once; what they changed is remembered so a failure takes back
/// exactly that. Creates and saves wait for the API's answer instead.
extension AppState {
    /// Applies the optimistic part of `request`, remembering it; returns the effects it needs
    /// (cancelling the loads of a board that goes away).
    mutating func applyOptimistically(_ request: WriteRequest) -> Effect {
        var effect = Effect.none
        var change = OptimisticChange(subject: subject(of: request))
        switch request {
        case .createBoard, .createSection, .createPin, .savePin, .followUser, .verifyWebsite:
            return .none
        case .unverifyWebsite(let website):
            change.websites.record(accountScreen.websites.remove(id: website))
        case .updateBoard(let boardId, let update):
            if let board = boardsScreen.boards.items.first(where: { $0.id == boardId }) {
                change.boards.record(boardsScreen.boards.replace(board.updated(by: update)))
            }
            if let chosen = boardsScreen.chosenBoard, chosen.id == boardId {
                change.chosenBoard = chosen
                boardsScreen.chosenBoard = chosen.updated(by: update)
            }
        case .deleteBoard(let boardId):
            change.boards.record(boardsScreen.boards.remove(id: boardId))
            change.myPins += removePins(from: \.myPinsScreen.pins) { $0.boardId == boardId }
            if boardsScreen.chosenBoard?.id == boardId { effect = closeChosenBoard() }
        case .renameSection(let boardId, let sectionId, let update):
            let renamed = BoardSection(id: sectionId, name: update.name)
            if boardsScreen.sections.source == .sections(boardId: boardId) {
                change.sections.record(boardsScreen.sections.replace(.section(renamed)))
            }
            if let chosen = boardsScreen.chosenSection, chosen.id == sectionId {
                change.chosenSection = chosen
                boardsScreen.chosenSection = renamed
            }
        case .deleteSection(let boardId, let sectionId):
            if boardsScreen.sections.source == .sections(boardId: boardId) {
                change.sections.record(boardsScreen.sections.remove(id: sectionId))
            }
            change.pins += removePins(from: \.boardsScreen.pins) { $0.boardSectionId == sectionId }
            change.myPins += removePins(from: \.myPinsScreen.pins) { $0.boardSectionId == sectionId }
            if boardsScreen.chosenSection?.id == sectionId {
                boardsScreen.chosenSection = nil
                effect = apply(.show(.boardPins(boardId: boardId)), to: .pins)
            }
        case .updatePin(let pinId, let update):
            change.pins.record(replacePin(pinId, in: \.boardsScreen.pins) { $0.updated(by: update) })
            change.myPins.record(replacePin(pinId, in: \.myPinsScreen.pins) { $0.updated(by: update) })
        case .movePin(let pinId, let destination):
            let boardId = destination.boardId, sectionId = destination.sectionId
            if let from = boardOfPin(pinId), from != boardId {
                countPins(-1, onBoard: from, recordingIn: &change)
                countPins(1, onBoard: boardId, recordingIn: &change)
            }
            let move = { (pin: Pin) in pin.moved(toBoard: boardId, section: sectionId) }
            if boardsScreen.pins.source?.showsPin(onBoard: boardId, inSection: sectionId) == true {
                change.pins.record(replacePin(pinId, in: \.boardsScreen.pins, with: move))
            } else {
                change.pins.record(boardsScreen.pins.remove(id: pinId))
            }
            change.myPins.record(replacePin(pinId, in: \.myPinsScreen.pins, with: move))
        case .deletePin(let pinId):
            countPins(-1, onBoard: boardOfPin(pinId), recordingIn: &change)
            change.pins.record(boardsScreen.pins.remove(id: pinId))
            change.myPins.record(myPinsScreen.pins.remove(id: pinId))
        }
        optimisticChanges[request] = change
        return effect
    }

    /// Takes back what a failed write changed, newest change first.
    mutating func rollBack(_ change: OptimisticChange) {
        change.boards.reversed().forEach { boardsScreen.boards.undo($0) }
        change.sections.reversed().forEach { boardsScreen.sections.undo($0) }
        change.pins.reversed().forEach { boardsScreen.pins.undo($0) }
        change.myPins.reversed().forEach { myPinsScreen.pins.undo($0) }
        change.websites.reversed().forEach { accountScreen.websites.undo($0) }
        if let previous = change.chosenBoard, boardsScreen.chosenBoard?.id == previous.id { boardsScreen.chosenBoard = previous }
        if let previous = change.chosenSection, boardsScreen.chosenSection?.id == previous.id { boardsScreen.chosenSection = previous }
    }

    /// Changes a board's pin count, where it is known, in the boards list and the opened board,
    /// recording the earlier values in `change`.
    mutating func countPins(_ delta: Int, onBoard boardId: String?, recordingIn change: inout OptimisticChange) {
        guard let boardId else { return }
        if var board = boardsScreen.boards.items.first(where: { $0.id == boardId }), let count = board.pinCount {
            board.pinCount = max(0, count + delta)
            change.boards.record(boardsScreen.boards.replace(board))
        }
        if let chosen = boardsScreen.chosenBoard, chosen.id == boardId, let count = chosen.pinCount {
            change.chosenBoard = change.chosenBoard ?? chosen
            boardsScreen.chosenBoard?.pinCount = max(0, count + delta)
        }
    }

    /// The board a loaded pin is on: as the API says, else the opened board for the pins it shows.
    private func boardOfPin(_ pinId: String) -> String? {
        if let pin = boardsScreen.pins.items.first(where: { $0.id == pinId }) { return pin.boardId ?? boardsScreen.chosenBoard?.id }
        return myPinsScreen.pins.items.first { $0.id == pinId }?.boardId
    }

    /// What a write acts on, as messages name it: "board “Trips”", "section “Salads”", "pin “Peach”".
    func subject(of request: WriteRequest) -> String {
        switch request {
        case .createBoard(let board): "board “\(board.name)”"
        case .updateBoard(let boardId, _), .deleteBoard(let boardId): "board “\(boardName(id: boardId) ?? boardId)”"
        case .createSection(_, let section): "section “\(section.name)”"
        case .renameSection(_, let sectionId, _), .deleteSection(_, let sectionId):
            "section “\(sectionName(id: sectionId) ?? sectionId)”"
        case .createPin(let draft): draft.title.map { "pin “\($0)”" } ?? "pin"
        case .updatePin(let pinId, _), .movePin(let pinId, _), .savePin(let pinId, _), .deletePin(let pinId):
            pinTitle(id: pinId).map { "pin “\($0)”" } ?? "pin \(pinId)"
        case .followUser(let username): "@\(username)"
        case .verifyWebsite(let website, _), .unverifyWebsite(let website): "website “\(website)”"
        }
    }

    private mutating func removePins(
        from pane: WritableKeyPath<AppState, ListPane<Pin>>, where matches: (Pin) -> Bool
    ) -> [ItemUndo<Pin>] {
        self[keyPath: pane].items.filter(matches).compactMap { self[keyPath: pane].remove(id: $0.id) }
    }

    private mutating func replacePin(
        _ pinId: String, in pane: WritableKeyPath<AppState, ListPane<Pin>>, with change: (Pin) -> Pin
    ) -> ItemUndo<Pin>? {
        guard let pin = self[keyPath: pane].items.first(where: { $0.id == pinId }) else { return nil }
        return self[keyPath: pane].replace(change(pin))
    }

    /// A loaded pin's title, from the board's pins or My pins.
    func pinTitle(id: String) -> String? {
        (boardsScreen.pins.items + myPinsScreen.pins.items).first { $0.id == id }?.title
    }
}
