/// `ImageDetails`.
struct WireImage: Codable, Sendable, Equatable {
    let width: Int?
    let height: Int?
    let url: String
}

/// One item of a carousel (`ImageMetadata`) or of a multi-video pin (`VideoMetadataWithItemType`).
struct WireMediaItem: Codable, Sendable, Equatable {
    var itemType: String
    var title: String?
    var description: String?
    var link: String?
    var images: [String: WireImage]?
    var coverImageUrl: String?
    var videoUrl: String?
    var duration: Double?
    var width: Int?
    var height: Int?

    enum CodingKeys: String, CodingKey {
        case title, description, link, images, duration, width, height
        case itemType = "item_type", coverImageUrl = "cover_image_url", videoUrl = "video_url"
    }
}

/// The `media` union of a pin (`media_type` image, video or multiple_images), stored as JSON in the database.
struct WirePinMedia: Codable, Sendable, Equatable {
    var mediaType: String
    /// Keyed by size: `150x150`, `400x300`, `600x`, `1200x` and `originals`.
    var images: [String: WireImage]?
    var coverImageUrl: String?
    var videoUrl: String?
    var duration: Double?
    var width: Int?
    var height: Int?
    var items: [WireMediaItem]?

    enum CodingKeys: String, CodingKey {
        case images, duration, width, height, items
        case mediaType = "media_type", coverImageUrl = "cover_image_url", videoUrl = "video_url"
    }

    /// The small square thumbnail, whatever the media type.
    var thumbnailURL: String? {
        (images ?? items?.first?.images)?["150x150"]?.url
    }

    /// The 400x300 cover, whatever the media type.
    var coverURL: String? {
        (images ?? items?.first?.images)?["400x300"]?.url
    }
}
