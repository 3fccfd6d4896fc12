import PinterestAPI

/// Starting writes and applying their answers: the form, dialog or bulk step that asked is told,
/// the lists change in place and a message says what happened.
extension AppState {
    /// Shows the optimistic part of the write at once and returns the effect that performs it.
    mutating func startWrite(_ request: WriteRequest) -> Effect {
        .all([applyOptimistically(request), .request(id: .write(request), .write(request))])
    }

    /// How many writes are on their way to Pinterest: those shown already (edits, moves, deletes) and
    /// a form's save.
    var writesInFlight: Int {
        var writes = Set(optimisticChanges.keys)
        if form?.isSubmitting == true, let request = form?.writeRequest() { writes.insert(request) }
        return writes.count
    }

    /// Quits, asking first while writes are on their way (quitting abandons them).
    mutating func requestQuit() {
        let writes = writesInFlight
        guard writes > 0 else {
            shouldQuit = true
            return
        }
        confirmation = .quitWhileWriting(writes)
    }

    mutating func writeSucceeded(_ request: WriteRequest, _ result: WriteResult) -> Effect {
        let subject = optimisticChanges.removeValue(forKey: request)?.subject ?? subject(of: request)
        let message = showSuccess(of: request, result, subject: subject)
        if let pinId = bulkStep(answering: request) {
            bulk?.record(.succeeded, for: pinId)
            return nextBulkStep()
        }
        if isFormAnswered(by: request) {
            form = nil
            picker = nil
        }
        statusMessage = message
        return .none
    }

    mutating func writeFailed(_ request: WriteRequest, _ failure: APIFailure) -> Effect {
        let change = optimisticChanges.removeValue(forKey: request)
        if let change { rollBack(change) }
        if let pinId = bulkStep(answering: request) {
            bulk?.record(.failed(failure), for: pinId)
            if !marks.isMarked(pinId) { marks.toggle(pinId) }
            return nextBulkStep()
        }
        if isFormAnswered(by: request) {
            form?.fail(with: failure)
        } else {
            statusMessage = "Could not \(request.verb) \(change?.subject ?? subject(of: request)): \(failure.userMessage)"
        }
        return .none
    }

    /// True when the open form is waiting for this request (its values cannot change while it waits),
    /// or stopped waiting for it and is unchanged since: an answer already on its way when the save
    /// was cancelled still tells the form (the store drops those that come later).
    private func isFormAnswered(by request: WriteRequest) -> Bool {
        guard let form else { return false }
        switch form.phase {
        case .submitting, .cancelled: return form.writeRequest() == request
        case .editing, .failed: return false
        }
    }

    /// Updates the lists with what the API returned, selects the new or changed item, and returns
    /// the message saying what happened.
    private mutating func showSuccess(of request: WriteRequest, _ result: WriteResult, subject: String) -> String {
        switch (request, result) {
        case (.createBoard, .board(let board)):
            boardsScreen.boards.insert(board, pageRows: pageRows(of: .boards))
            return "Board “\(board.name)” created"
        case (.updateBoard, .board(let board)):
            boardsScreen.boards.replace(board)
            boardsScreen.boards.select(board.id, pageRows: pageRows(of: .boards))
            if boardsScreen.chosenBoard?.id == board.id { boardsScreen.chosenBoard = board }
            return "Board “\(board.name)” saved"
        case (.createSection(let boardId, _), .section(let section)):
            if boardsScreen.sections.source == .sections(boardId: boardId) {
                boardsScreen.sections.insert(.section(section), atEnd: true, pageRows: pageRows(of: .sections))
            }
            return "Section “\(section.name)” created"
        case (.renameSection(let boardId, _, _), .section(let section)):
            if boardsScreen.sections.source == .sections(boardId: boardId) {
                boardsScreen.sections.replace(.section(section))
                boardsScreen.sections.select(section.id, pageRows: pageRows(of: .sections))
            }
            if boardsScreen.chosenSection?.id == section.id { boardsScreen.chosenSection = section }
            return "Section renamed to “\(section.name)”"
        case (.createPin(let draft), .pin(let pin)):
            countAddedPin(onBoard: draft.boardId)
            if boardsScreen.pins.source?.showsPin(onBoard: draft.boardId, inSection: draft.boardSectionId) == true {
                boardsScreen.pins.insert(pin, pageRows: pageRows(of: .pins))
            }
            return "\(Self.capitalized(Self.subject(of: pin, else: "pin"))) created"
        case (.updatePin, .pin(let pin)):
            boardsScreen.pins.replace(pin)
            myPinsScreen.pins.replace(pin)
            selectPin(pin.id)
            return "\(Self.capitalized(Self.subject(of: pin, else: subject))) saved"
        case (.movePin(let pinId, let destination), .pin(let pin)):
            boardsScreen.pins.replace(pin)
            myPinsScreen.pins.replace(pin)
            unmark(pinId)
            return "\(Self.capitalized(subject)) moved to \(destinationName(destination))"
        case (.savePin(_, let destination), .pin(let pin)):
            countAddedPin(onBoard: destination.boardId)
            if boardsScreen.pins.source?.showsPin(onBoard: destination.boardId, inSection: destination.sectionId) == true {
                boardsScreen.pins.insert(pin, pageRows: pageRows(of: .pins))
            }
            return "Pin saved to \(destinationName(destination))"
        case (.deletePin(let pinId), _):
            // Gone for good, even if a reload brought it back while the delete was on its way.
            _ = boardsScreen.pins.remove(id: pinId)
            _ = myPinsScreen.pins.remove(id: pinId)
            unmark(pinId)
            return "\(Self.capitalized(subject)) deleted"
        case (.deleteBoard(let boardId), _):
            _ = boardsScreen.boards.remove(id: boardId)
            return "\(Self.capitalized(subject)) deleted"
        case (.followUser, .user(let user)):
            return followed(user)
        case (.verifyWebsite, .website(let website)):
            if accountScreen.websites.source == .websites {
                if accountScreen.websites.item(withID: website.id) != nil {
                    accountScreen.websites.replace(website)
                } else {
                    accountScreen.websites.insert(website, atEnd: true, pageRows: pageRows(of: .websites))
                }
                accountScreen.websites.select(website.id, pageRows: pageRows(of: .websites))
            }
            return "\(Self.capitalized(subject)) verified"
        case (.unverifyWebsite(let website), _):
            _ = accountScreen.websites.remove(id: website)
            return "\(Self.capitalized(subject)) unverified"
        case (.deleteSection(_, let sectionId), _):
            _ = boardsScreen.sections.remove(id: sectionId)
            return "\(Self.capitalized(subject)) deleted"
        default:
            return "\(Self.capitalized(subject)) saved"
        }
    }

    /// A created or saved pin counts on its board at once; there is nothing to take back.
    private mutating func countAddedPin(onBoard boardId: String) {
        var counted = OptimisticChange(subject: "")
        countPins(1, onBoard: boardId, recordingIn: &counted)
    }

    private mutating func selectPin(_ id: String) {
        guard let pane = activePinsPane else { return }
        self[keyPath: Self.pinsPath(pane)].select(id, pageRows: pageRows(of: pane))
    }

    private mutating func unmark(_ pinId: String) {
        if marks.isMarked(pinId) { marks.toggle(pinId) }
    }

    /// "“Garden”" or "“Garden › Roses”": the names known from the loaded lists, else those the
    /// destination was chosen by; an id only when neither knows it.
    func destinationName(_ destination: PinDestination) -> String {
        let boardId = destination.boardId
        let board = boardName(id: boardId) ?? destination.boardName ?? "board \(boardId)"
        guard let sectionId = destination.sectionId else { return "“\(board)”" }
        let section = sectionName(id: sectionId) ?? destination.sectionName ?? "section \(sectionId)"
        return "“\(board) › \(section)”"
    }

    /// "pin “Title”", or `fallback` for a pin without a title.
    private static func subject(of pin: Pin, else fallback: String) -> String {
        pin.title.map { "pin “\($0)”" } ?? fallback
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

private extension WriteRequest {
    /// What a failure message says could not be done: "Could not delete pin “Peach”".
    var verb: String {
        switch self {
        case .deleteBoard, .deleteSection, .deletePin: "delete"
        case .followUser: "follow"
        case .verifyWebsite: "verify"
        case .unverifyWebsite: "unverify"
        default: "save"
        }
    }
}
