/// What an export holds: the whole account, or one board (with its sections and pins).
public enum ExportScope: Hashable, Sendable {
    case account
    case board(id: String)

    /// As the state file and manifest name it: `account`, `board:<id>`.
    var name: String {
        switch self {
        case .account: "account"
        case .board(let id): "board:\(id)"
        }
    }

    var objects: [ExportObject] {
        switch self {
        case .account: [.account, .businesses]
        case .board(let id): [.board(id: id)]
        }
    }

    /// The lists read from the start; `.boards` adds each board's sections and pins once read.
    var initialLists: [ExportList] {
        switch self {
        case .account: ExportList.accountLists
        case .board(let id): [.boardSections(boardId: id), .boardPins(boardId: id)]
        }
    }
}
