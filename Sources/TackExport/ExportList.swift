import PinterestAPI

/// One paged list an export reads, named by the key its pages and progress are kept under.
enum ExportList: Hashable, Sendable {
    case boards
    case followers
    case following
    case followingBoards
    case websites
    case boardSections(boardId: String)
    case boardPins(boardId: String)

    /// The account's lists that do not depend on another (the boards' own come once the boards are read).
    static let accountLists: [ExportList] = [.boards, .followers, .following, .followingBoards, .websites]

    var key: String {
        switch self {
        case .boards: "boards"
        case .followers: "followers"
        case .following: "following"
        case .followingBoards: "following_boards"
        case .websites: "websites"
        case .boardSections(let id): "board-\(id)-sections"
        case .boardPins(let id): "board-\(id)-pins"
        }
    }

    var operation: OperationDescriptor {
        switch self {
        case .boards: .boardsList
        case .followers: .followersList
        case .following: .userFollowingGet
        case .followingBoards: .boardsUserFollowsList
        case .websites: .userWebsitesGet
        case .boardSections: .boardSectionsList
        case .boardPins: .boardsListPins
        }
    }

    var pathParameters: [String: String] {
        switch self {
        case .boardSections(let id), .boardPins(let id): ["board_id": id]
        default: [:]
        }
    }
}

/// One object (not a list) an export reads.
enum ExportObject: Hashable, Sendable {
    case account
    case businesses
    /// The one board of a board's export (`tack boards copy`).
    case board(id: String)

    var key: String {
        switch self {
        case .account: "account"
        case .businesses: "businesses"
        case .board(let id): "board-\(id)"
        }
    }

    var operation: OperationDescriptor {
        switch self {
        case .account: .userAccountGet
        case .businesses: .linkedBusinessAccountsGet
        case .board: .boardsGet
        }
    }

    var pathParameters: [String: String] {
        if case .board(let id) = self { return ["board_id": id] }
        return [:]
    }
}
