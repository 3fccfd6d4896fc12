import PinterestAPI

/// Turning a valid form into the write it asks for.
extension FormState {
    /// The write this form submits, or nil when the form is invalid, when an edit or move form changed
    /// nothing, or for a move of several pins (use `bulkMove()`).
    /// Edit forms send only the fields that changed; the others stay nil.
    public func writeRequest() -> WriteRequest? {
        guard isValid else { return nil }
        switch kind {
        case .createBoard:
            return .createBoard(BoardCreate(
                name: text(.name), description: optionalText(.description), privacy: privacy))
        case .editBoard(let boardId):
            let update = BoardUpdate(
                name: changedText(.name), description: changedText(.description),
                privacy: changedText(.privacy).map(BoardPrivacy.init(rawValue:)))
            return update == BoardUpdate() ? nil : .updateBoard(boardId: boardId, update)
        case .createSection(let boardId):
            return .createSection(boardId: boardId, BoardSectionCreate(name: text(.name)))
        case .renameSection(let boardId, let sectionId):
            return changedText(.name).map {
                .renameSection(boardId: boardId, sectionId: sectionId, BoardSectionUpdate(name: $0))
            }
        case .createPin(let boardId, let sectionId):
            guard let media = mediaKind?.draft(from: text(.mediaSource)) else { return nil }
            return .createPin(PinDraft(
                boardId: boardId, boardSectionId: sectionId, title: optionalText(.title),
                description: optionalText(.description), link: optionalText(.link), altText: optionalText(.altText),
                dominantColor: optionalText(.dominantColor), media: media))
        case .editPin(let pinId):
            let update = PinUpdate(
                title: changedText(.title), description: changedText(.description), link: changedText(.link),
                altText: changedText(.altText))
            return update == PinUpdate() ? nil : .updatePin(pinId: pinId, update)
        case .movePins(let pinIds):
            guard pinIds.count == 1, isDirty, let destination else { return nil }
            return .movePin(pinId: pinIds[0], to: destination)
        case .savePin:
            guard let pinId = PinReference.parse(text(.pinReference)), let destination else { return nil }
            return .savePin(pinId: pinId, to: destination)
        case .followUser:
            guard case .success(let username) = FollowTarget.username(from: text(.followTarget)) else { return nil }
            return .followUser(username: username)
        case .verifyWebsite:
            guard let website = WebsiteAddress(text(.website)) else { return nil }
            return .verifyWebsite(website: website.text, method: WebsiteVerificationMethod(rawValue: text(.verificationMethod)))
        case .analyticsPeriod, .analyticsFilters:
            return nil
        }
    }

    /// The bulk move a valid move form asks for (any number of pins), or nil for other forms and
    /// when the form still shows where the pins already are.
    public func bulkMove() -> BulkOperation? {
        guard isValid, isDirty, case .movePins(let pinIds) = kind, let destination else { return nil }
        return BulkOperation(kind: .move(to: destination), ids: pinIds)
    }

    /// The board and section picked in a move or save form, with their names; nil without a board,
    /// or while the section says the pins keep theirs (which only an unchanged board allows).
    public var destination: PinDestination? {
        let boardId = text(.board)
        guard !boardId.isEmpty, self[.section]?.value != Self.unchangedSection else { return nil }
        let sectionId = text(.section)
        return PinDestination(
            boardId: boardId, sectionId: sectionId.isEmpty ? nil : sectionId, boardName: label(.board),
            sectionName: sectionId.isEmpty ? nil : label(.section))
    }

    /// The board the destination fields name, even while the section is "(unchanged)" (a section
    /// picker lists that board's sections).
    public var destinationBoardId: String? {
        let boardId = text(.board)
        return boardId.isEmpty ? nil : boardId
    }

    /// The label of a picked reference, nil when it has none.
    private func label(_ id: FieldID) -> String? {
        guard case .reference(_, let label)? = self[id]?.value, !label.isEmpty else { return nil }
        return label
    }

    private var privacy: BoardPrivacy? {
        self[.privacy]?.selectedOption.map { BoardPrivacy(rawValue: $0.id) }
    }

    private func text(_ id: FieldID) -> String { self[id]?.submittedText ?? "" }

    /// The text, or nil when blank (optional fields are left out rather than sent empty).
    private func optionalText(_ id: FieldID) -> String? {
        let value = text(id)
        return value.isEmpty ? nil : value
    }

    /// The text as sent when it differs from what the form opened with (possibly "" to clear it), else nil.
    private func changedText(_ id: FieldID) -> String? {
        let value = text(id)
        return value == initialValues[id]?.submittedText ? nil : value
    }
}
