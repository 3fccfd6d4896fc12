/// What a form creates or changes, with the ids it acts on.
public enum FormKind: Hashable, Sendable {
    case createBoard
    case editBoard(boardId: String)
    case createSection(boardId: String)
    case renameSection(boardId: String, sectionId: String)
    /// A new pin on the board, or in the section when one is given.
    case createPin(boardId: String, sectionId: String?)
    case editPin(pinId: String)
    /// Move the pins, by id, to the board and section the form picks.
    case movePins(pinIds: [String])
    /// Save an existing pin into a board or section; the pin is given in the form when nil here.
    case savePin(pinId: String?)
    /// Follow a user given by username or profile URL.
    case followUser
    /// Claim a website by the verification method the form picks.
    case verifyWebsite
    /// The analytics screen's period, by its first and last day; applied, not sent as a write.
    case analyticsPeriod
    /// The analytics screen's filters; applied, not sent as a write.
    case analyticsFilters

    /// Whether submitting sends a write to Pinterest (the analytics forms only change what is shown).
    public var sendsWrite: Bool {
        switch self {
        case .analyticsPeriod, .analyticsFilters: false
        default: true
        }
    }
}
