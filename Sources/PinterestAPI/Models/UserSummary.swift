/// A follower or followed user (spec `UserSummary`; `type` is always "user").
public struct UserSummary: Hashable, Sendable, Codable {
    public var type: String?
    public var username: String?

    public init(type: String? = nil, username: String? = nil) {
        self.type = type
        self.username = username
    }
}

/// The body of follow_user/update.
public struct FollowUserRequest: Hashable, Sendable, Codable {
    /// Whether the follow comes from a partner's follow link (selected partners only).
    public var autoFollow: Bool?

    public init(autoFollow: Bool? = nil) { self.autoFollow = autoFollow }

    enum CodingKeys: String, CodingKey {
        case autoFollow = "auto_follow"
    }
}
