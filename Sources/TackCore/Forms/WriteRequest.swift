import PinterestAPI

/// One write an effect performs, built from a submitted form or a confirmed action. It carries
/// ids, never list positions.
public enum WriteRequest: Hashable, Sendable {
    case createBoard(BoardCreate)
    case updateBoard(boardId: String, BoardUpdate)
    case deleteBoard(boardId: String)
    case createSection(boardId: String, BoardSectionCreate)
    case renameSection(boardId: String, sectionId: String, BoardSectionUpdate)
    case deleteSection(boardId: String, sectionId: String)
    /// A new pin; its media is resolved (files read) by the effect before sending.
    case createPin(PinDraft)
    case updatePin(pinId: String, PinUpdate)
    /// pins/update with a new board and section; a nil section means the board itself.
    case movePin(pinId: String, to: PinDestination)
    /// pins/save into a board, or a section of it.
    case savePin(pinId: String, to: PinDestination)
    case deletePin(pinId: String)
    /// follow_user/update: follows a user by username.
    case followUser(username: String)
    /// verify_website/update: claims a website whose verification code is published.
    case verifyWebsite(website: String, method: WebsiteVerificationMethod)
    /// unverify_website/delete: gives up the claim on a website.
    case unverifyWebsite(website: String)
}
