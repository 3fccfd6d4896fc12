import Foundation

/// A board (spec `Board`; the PATCH response `BoardWithUpdatePrivacy` has the same shape).
public struct Board: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var description: String?
    public var owner: BoardOwner?
    public var privacy: BoardPrivacy?
    public var isAdsOnly: Bool?
    public var createdAt: Date?
    public var boardPinsModifiedAt: Date?
    public var pinCount: Int?
    public var followerCount: Int?
    public var collaboratorCount: Int?
    public var media: BoardMedia?

    public init(
        id: String, name: String, description: String? = nil, owner: BoardOwner? = nil,
        privacy: BoardPrivacy? = nil, isAdsOnly: Bool? = nil, createdAt: Date? = nil,
        boardPinsModifiedAt: Date? = nil, pinCount: Int? = nil, followerCount: Int? = nil,
        collaboratorCount: Int? = nil, media: BoardMedia? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.owner = owner
        self.privacy = privacy
        self.isAdsOnly = isAdsOnly
        self.createdAt = createdAt
        self.boardPinsModifiedAt = boardPinsModifiedAt
        self.pinCount = pinCount
        self.followerCount = followerCount
        self.collaboratorCount = collaboratorCount
        self.media = media
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, owner, privacy, media
        case isAdsOnly = "is_ads_only"
        case createdAt = "created_at"
        case boardPinsModifiedAt = "board_pins_modified_at"
        case pinCount = "pin_count"
        case followerCount = "follower_count"
        case collaboratorCount = "collaborator_count"
    }
}

/// The owner of a board or of a pin's board.
public struct BoardOwner: Hashable, Sendable, Codable {
    public var username: String?

    public init(username: String? = nil) { self.username = username }

    /// Decodes the username, shared with the other pins and boards of the response that name it
    /// (see `StringInterner`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        username = try container.decodeIfPresent(String.self, forKey: .username).map(decoder.intern)
    }

    enum CodingKeys: String, CodingKey {
        case username
    }
}

/// A board's cover image and pin thumbnails.
public struct BoardMedia: Hashable, Sendable, Codable {
    public var imageCoverUrl: String?
    public var pinThumbnailUrls: [String]?

    public init(imageCoverUrl: String? = nil, pinThumbnailUrls: [String]? = nil) {
        self.imageCoverUrl = imageCoverUrl
        self.pinThumbnailUrls = pinThumbnailUrls
    }

    enum CodingKeys: String, CodingKey {
        case imageCoverUrl = "image_cover_url"
        case pinThumbnailUrls = "pin_thumbnail_urls"
    }
}
