/// What a confirmation dialog does when confirmed, with the ids the user saw, never list positions,
/// so a list refreshing in between cannot change what is acted on.
public enum ConfirmedAction: Hashable, Sendable {
    case deleteBoard(boardId: String, name: String)
    case deleteSection(boardId: String, sectionId: String, name: String)
    case deletePins(ids: [String])
    case movePins(ids: [String], to: PinDestination)
    /// Close the open form, dropping its changes.
    case discardForm
    /// Give up the claim on a website.
    case unverifyWebsite(website: String)
    /// Quit while writes are on their way, abandoning them.
    case quit

    /// True for what cannot be taken back (a delete, dropping a form's changes): only the confirm
    /// key (y) carries it out, never the accept key (enter) that answers the other dialogs.
    public var isDestructive: Bool {
        switch self {
        case .deleteBoard, .deleteSection, .deletePins, .discardForm, .unverifyWebsite, .quit: true
        case .movePins: false
        }
    }

    /// The single write for a board or section delete or a website's unverify; nil for the others.
    public var writeRequest: WriteRequest? {
        switch self {
        case .deleteBoard(let boardId, _): .deleteBoard(boardId: boardId)
        case .deleteSection(let boardId, let sectionId, _): .deleteSection(boardId: boardId, sectionId: sectionId)
        case .unverifyWebsite(let website): .unverifyWebsite(website: website)
        case .deletePins, .movePins, .discardForm, .quit: nil
        }
    }

    /// The per-pin operation for a pins delete or move; nil for the others.
    public var bulkOperation: BulkOperation? {
        switch self {
        case .deletePins(let ids): BulkOperation(kind: .delete, ids: ids)
        case .movePins(let ids, let destination): BulkOperation(kind: .move(to: destination), ids: ids)
        case .deleteBoard, .deleteSection, .discardForm, .unverifyWebsite, .quit: nil
        }
    }
}
