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

    /// Names the subject for `DetailScroll`: its kind and id ("pin 813744226373"), the same while its
    /// fields change.
    public var scrollID: String {
        switch self {
        case .board(let board): "board \(board.id)"
        case .pin(let pin): "pin \(pin.id)"
        case .profile: "profile"
        case .person(let person): "person \(person.id)"
        case .business(let business): "business \(business.id)"
        case .website(let website): "website \(website.id)"
        }
    }
}
