/// A business account linked to the user (spec `LinkedBusiness`).
public struct LinkedBusiness: Hashable, Sendable, Codable {
    public var username: String?
    public var imageSmallUrl: String?
    public var imageMediumUrl: String?
    public var imageLargeUrl: String?
    public var imageXlargeUrl: String?

    public init(
        username: String? = nil, imageSmallUrl: String? = nil, imageMediumUrl: String? = nil,
        imageLargeUrl: String? = nil, imageXlargeUrl: String? = nil
    ) {
        self.username = username
        self.imageSmallUrl = imageSmallUrl
        self.imageMediumUrl = imageMediumUrl
        self.imageLargeUrl = imageLargeUrl
        self.imageXlargeUrl = imageXlargeUrl
    }

    enum CodingKeys: String, CodingKey {
        case username
        case imageSmallUrl = "image_small_url"
        case imageMediumUrl = "image_medium_url"
        case imageLargeUrl = "image_large_url"
        case imageXlargeUrl = "image_xlarge_url"
    }
}
