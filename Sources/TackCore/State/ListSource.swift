import PinterestAPI

/// What a list pane lists: the API list operation that fills it.
public enum ListSource: Hashable, Sendable {
    /// The account's boards (boards/list).
    case ownBoards
    /// Boards the account follows (boards_user_follows_list).
    case followedBoards
    /// The sections of a board (board_sections/list).
    case sections(boardId: String)
    /// Every pin of a board (boards/list_pins).
    case boardPins(boardId: String)
    /// The pins of one section (board_sections/list_pins).
    case sectionPins(boardId: String, sectionId: String)
    /// The account's pins with filters (pins/list).
    case myPins(MyPinsFilters)
    /// Who follows the account (followers_list).
    case followers
    /// Whom the account follows (user_following_get), of one feed type or (nil) all.
    case following(UserFollowingFeedType?)
    /// Business accounts linked to the account (linked_business_accounts_get: one page, no bookmark).
    case businesses
    /// The account's claimed websites (user_websites_get).
    case websites
}

extension ListSource {
    /// The pane that shows this list.
    public var pane: PaneID {
        switch self {
        case .ownBoards: .boards
        case .followedBoards: .followedBoards
        case .sections: .sections
        case .boardPins, .sectionPins: .pins
        case .myPins: .myPins
        case .followers: .followers
        case .following: .following
        case .businesses: .businesses
        case .websites: .websites
        }
    }
}
