// Enums for the user account (spec Account.account_type, UserFollowingFeedType, UserWebsiteVerifyRequest).

/// Whether an account is a personal or a business account.
public struct AccountType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let pinner = Self(rawValue: "PINNER")
    public static let business = Self(rawValue: "BUSINESS")
}

/// The `feed_type` of user_following/get.
public struct UserFollowingFeedType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let all = Self(rawValue: "ALL")
    public static let ranked = Self(rawValue: "RANKED")
    public static let creatorOnly = Self(rawValue: "CREATOR_ONLY")
    public static let rankedCreatorOnly = Self(rawValue: "RANKED_CREATOR_ONLY")
}

/// How a website claim is verified.
public struct WebsiteVerificationMethod: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let filename = Self(rawValue: "FILENAME")
    public static let metatag = Self(rawValue: "METATAG")
    public static let dnsTXT = Self(rawValue: "DNSTXT")
}
