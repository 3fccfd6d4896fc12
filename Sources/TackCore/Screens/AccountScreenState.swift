import PinterestAPI

/// The account screen: a menu of the account's parts on the left, the chosen part's list (or the
/// profile) beside it, and the detail of the selected entry.
public struct AccountScreenState: Sendable, Equatable {
    public var focus: AccountFocus
    /// The part of the account the menu has chosen.
    public var section: AccountSection
    /// Who follows the account (followers_list).
    public var followers: ListPane<UserSummary>
    /// Whom the account follows (user_following_get), with `followingType` as its type filter.
    public var following: ListPane<UserSummary>
    /// The feed type the following list is filtered by; nil lists everyone.
    public var followingType: UserFollowingFeedType?
    /// Business accounts linked to the account (linked_business_accounts_get).
    public var businesses: ListPane<LinkedBusiness>
    /// The account's claimed websites (user_websites_get).
    public var websites: ListPane<UserWebsiteSummary>
    /// Usernames followed from Tack in this session: they count as followed (for follow back, the
    /// followers' marks and the detail) even while the following list is not loaded.
    public var followedSinceLoad: Set<String>
    /// What to publish on a website to claim it, once asked for.
    public var verificationCode: Loadable<UserWebsiteVerificationCode>
    /// True while the verification code is shown over the screen; the next key closes it.
    public var isShowingVerificationCode: Bool
    /// The first line of the profile shown where the lists go, scrolled by the list keys while it has
    /// the focus (a small terminal cannot show it whole).
    public var profileScroll: Int

    /// Whether the account follows `username`, as far as the loaded following list and the follows
    /// made since tell.
    public func isFollowing(_ username: String) -> Bool {
        followedSinceLoad.contains(username) || following.item(withID: username) != nil
    }

    public init() {
        focus = .menu
        section = .profile
        followers = ListPane()
        following = ListPane()
        followingType = nil
        followedSinceLoad = []
        businesses = ListPane()
        websites = ListPane()
        verificationCode = .idle
        isShowingVerificationCode = false
        profileScroll = 0
    }
}

/// The pane of the account screen that receives keys.
public enum AccountFocus: Hashable, Sendable {
    /// The menu of the account's parts.
    case menu
    /// The chosen part's list (or the profile).
    case list
    case detail
}

/// The parts of the account, in the menu's order.
public enum AccountSection: Hashable, Sendable, CaseIterable {
    case profile, followers, following, followedBoards, businesses, websites

    public var title: String {
        switch self {
        case .profile: "Profile"
        case .followers: "Followers"
        case .following: "Following"
        case .followedBoards: "Boards I follow"
        case .businesses: "Linked businesses"
        case .websites: "Websites"
        }
    }

    /// The list pane that shows this part; nil for the profile and for followed boards (which open on
    /// the boards screen).
    public var pane: PaneID? {
        switch self {
        case .profile, .followedBoards: nil
        case .followers: .followers
        case .following: .following
        case .businesses: .businesses
        case .websites: .websites
        }
    }
}
