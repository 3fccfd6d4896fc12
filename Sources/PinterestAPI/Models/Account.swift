/// The signed-in user's account (spec `Account`: no field is required).
public struct Account: Hashable, Sendable, Codable {
    public var accountType: AccountType?
    public var id: String?
    public var profileImage: String?
    public var websiteUrl: String?
    public var username: String?
    public var about: String?
    public var businessName: String?
    public var boardCount: Int?
    public var pinCount: Int?
    public var followerCount: Int?
    public var followingCount: Int?
    public var monthlyViews: Int?

    public init(
        accountType: AccountType? = nil, id: String? = nil, profileImage: String? = nil,
        websiteUrl: String? = nil, username: String? = nil, about: String? = nil,
        businessName: String? = nil, boardCount: Int? = nil, pinCount: Int? = nil,
        followerCount: Int? = nil, followingCount: Int? = nil, monthlyViews: Int? = nil
    ) {
        self.accountType = accountType
        self.id = id
        self.profileImage = profileImage
        self.websiteUrl = websiteUrl
        self.username = username
        self.about = about
        self.businessName = businessName
        self.boardCount = boardCount
        self.pinCount = pinCount
        self.followerCount = followerCount
        self.followingCount = followingCount
        self.monthlyViews = monthlyViews
    }

    enum CodingKeys: String, CodingKey {
        case id, username, about
        case accountType = "account_type"
        case profileImage = "profile_image"
        case websiteUrl = "website_url"
        case businessName = "business_name"
        case boardCount = "board_count"
        case pinCount = "pin_count"
        case followerCount = "follower_count"
        case followingCount = "following_count"
        case monthlyViews = "monthly_views"
    }
}
