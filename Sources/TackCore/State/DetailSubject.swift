import PinterestAPI

/// What the detail pane describes.
public enum DetailSubject: Hashable, Sendable {
    case board(Board)
    case pin(Pin)
    /// The signed-in account's profile.
    case profile(Account)
    /// A follower or a followed user.
    case person(UserSummary)
    case business(LinkedBusiness)
    case website(UserWebsiteSummary)
}
