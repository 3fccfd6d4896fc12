/// `Board` as the API sends it.
struct WireBoard: Encodable, Sendable {
    struct Owner: Codable, Sendable { let username: String }
    struct Media: Encodable, Sendable {
        let imageCoverUrl: String?
        let pinThumbnailUrls: [String]

        enum CodingKeys: String, CodingKey {
            case imageCoverUrl = "image_cover_url", pinThumbnailUrls = "pin_thumbnail_urls"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(imageCoverUrl, forKey: .imageCoverUrl)
            try c.encode(pinThumbnailUrls, forKey: .pinThumbnailUrls)
        }
    }

    let id: String
    let name: String
    let description: String?
    let privacy: String
    let isAdsOnly: Bool
    let createdAt: String
    let boardPinsModifiedAt: String
    let collaboratorCount: Int
    let followerCount: Int
    let pinCount: Int
    let owner: Owner
    let media: Media

    enum CodingKeys: String, CodingKey {
        case id, name, description, privacy, owner, media
        case isAdsOnly = "is_ads_only", createdAt = "created_at", boardPinsModifiedAt = "board_pins_modified_at"
        case collaboratorCount = "collaborator_count", followerCount = "follower_count", pinCount = "pin_count"
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(description, forKey: .description)
        try c.encode(privacy, forKey: .privacy)
        try c.encode(isAdsOnly, forKey: .isAdsOnly)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(boardPinsModifiedAt, forKey: .boardPinsModifiedAt)
        try c.encode(collaboratorCount, forKey: .collaboratorCount)
        try c.encode(followerCount, forKey: .followerCount)
        try c.encode(pinCount, forKey: .pinCount)
        try c.encode(owner, forKey: .owner)
        try c.encode(media, forKey: .media)
    }
}
