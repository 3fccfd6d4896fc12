import PinterestAPI

/// What a successful write returns: the created or changed item, or nothing for a delete (or an unverify).
public enum WriteResult: Hashable, Sendable {
    case board(Board)
    case section(BoardSection)
    case pin(Pin)
    /// A user followed.
    case user(UserSummary)
    /// A website claimed.
    case website(UserWebsiteSummary)
    case deleted
}
