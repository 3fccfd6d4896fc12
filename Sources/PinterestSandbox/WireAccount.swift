/// `Account` as the API sends it.
struct WireAccount: Encodable, Sendable {
    let id: String
    let username: String
    let accountType: String
    let about: String
    let businessName: String?
    let profileImage: String
    let websiteUrl: String
    let boardCount: Int
    let pinCount: Int
    let followerCount: Int
    let followingCount: Int
    let monthlyViews: Int

    enum CodingKeys: String, CodingKey {
        case id, username, about
        case accountType = "account_type", businessName = "business_name", profileImage = "profile_image"
        case websiteUrl = "website_url", boardCount = "board_count", pinCount = "pin_count"
        case followerCount = "follower_count", followingCount = "following_count", monthlyViews = "monthly_views"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(username, forKey: .username)
        try c.encode(accountType, forKey: .accountType)
        try c.encode(about, forKey: .about)
        try c.encode(businessName, forKey: .businessName)
        try c.encode(profileImage, forKey: .profileImage)
        try c.encode(websiteUrl, forKey: .websiteUrl)
        try c.encode(boardCount, forKey: .boardCount)
        try c.encode(pinCount, forKey: .pinCount)
        try c.encode(followerCount, forKey: .followerCount)
        try c.encode(followingCount, forKey: .followingCount)
        try c.encode(monthlyViews, forKey: .monthlyViews)
    }
}

/// `UserSummary`.
struct WireUserSummary: Encodable, Sendable {
    let type = "user"
    let username: String
}

/// `UserWebsiteSummary`.
struct WireWebsite: Encodable, Sendable {
    let website: String
    let status: String
    let verifiedAt: String?

    enum CodingKeys: String, CodingKey {
        case website, status, verifiedAt = "verified_at"
    }
}

/// `UserWebsiteVerificationCode`.
struct WireVerificationCode: Encodable, Sendable {
    let verificationCode: String
    let dnsTxtRecord: String
    let filename: String
    let metatag: String
    let fileContent: String

    enum CodingKeys: String, CodingKey {
        case filename, metatag
        case verificationCode = "verification_code", dnsTxtRecord = "dns_txt_record", fileContent = "file_content"
    }
}

/// `LinkedBusiness`.
struct WireLinkedBusiness: Encodable, Sendable {
    let username: String
    let imageSmallUrl: String
    let imageMediumUrl: String
    let imageLargeUrl: String
    let imageXlargeUrl: String

    enum CodingKeys: String, CodingKey {
        case username
        case imageSmallUrl = "image_small_url", imageMediumUrl = "image_medium_url"
        case imageLargeUrl = "image_large_url", imageXlargeUrl = "image_xlarge_url"
    }
}
