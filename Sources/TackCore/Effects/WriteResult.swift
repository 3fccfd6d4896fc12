import PinterestAPI

/// What a successful write returns: the created or changed item, or nothing for a delete.
public enum WriteResult: Hashable, Sendable {
    case board(Board)
    case section(BoardSection)
    case pin(Pin)
    case deleted
}
