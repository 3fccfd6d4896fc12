/// `FollowUserRequest`.
struct FollowUserBody: Decodable, Sendable {
    let autoFollow: Bool?

    enum CodingKeys: String, CodingKey { case autoFollow = "auto_follow" }
}

/// `UserWebsiteVerifyRequest`.
struct WebsiteVerifyBody: Decodable, Sendable {
    let website: String?
    let verificationMethod: String?

    enum CodingKeys: String, CodingKey {
        case website, verificationMethod = "verification_method"
    }
}
