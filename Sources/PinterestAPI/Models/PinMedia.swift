/// A pin's media (spec `PinMedia`, a union discriminated by `media_type`).
///
/// One flat shape covers every variant so an unknown `media_type` still decodes:
/// - `image`: `images`
/// - `video`: `coverImageUrl`, `videoUrl`, `duration`, `width`, `height`, `images`
/// - `multiple_images` (carousel), `multiple_videos`, `multiple_mixed`: `items`
public struct PinMedia: Hashable, Sendable, Codable {
    public var mediaType: MediaType?
    /// Renditions keyed by size label (`150x150`, `600x`, `1200x`, and undeclared ones like `originals`).
    public var images: [String: ImageDetails]?
    public var coverImageUrl: String?
    public var videoUrl: String?
    /// Milliseconds; null while the video is still processing.
    public var duration: Double?
    public var width: Int?
    public var height: Int?
    public var items: [PinMediaItem]?

    public init(
        mediaType: MediaType?, images: [String: ImageDetails]? = nil, coverImageUrl: String? = nil,
        videoUrl: String? = nil, duration: Double? = nil, width: Int? = nil, height: Int? = nil,
        items: [PinMediaItem]? = nil
    ) {
        self.mediaType = mediaType
        self.images = images
        self.coverImageUrl = coverImageUrl
        self.videoUrl = videoUrl
        self.duration = duration
        self.width = width
        self.height = height
        self.items = items
    }

    enum CodingKeys: String, CodingKey {
        case images, duration, width, height, items
        case mediaType = "media_type"
        case coverImageUrl = "cover_image_url"
        case videoUrl = "video_url"
    }

    /// The image renditions to show for this pin, narrowest first: the pin's own `images`,
    /// else the first carousel item's, else the video cover image (label `cover`).
    /// Renditions without a width come last.
    public var imageSizes: [(label: String, width: Int?, height: Int?, url: String?)] {
        let candidates = [images] + (items ?? []).map(\.images)
        if let renditions = candidates.lazy.compactMap({ $0 }).first(where: { !$0.isEmpty }) {
            return renditions
                .sorted { ($0.value.width ?? .max, $0.key) < ($1.value.width ?? .max, $1.key) }
                .map { (label: $0.key, width: $0.value.width, height: $0.value.height, url: $0.value.url) }
        }
        let cover = coverImageUrl ?? items?.lazy.compactMap(\.coverImageUrl).first
        return cover.map { [(label: "cover", width: width, height: height, url: $0)] } ?? []
    }
}

/// One image rendition (spec `ImageDetails`: width and height are required but nullable).
public struct ImageDetails: Hashable, Sendable, Codable {
    public var width: Int?
    public var height: Int?
    public var url: String?

    public init(width: Int?, height: Int?, url: String?) {
        self.width = width
        self.height = height
        self.url = url
    }
}

/// One slot of a carousel or multi-video pin (spec `ImageMetadata` or `VideoMetadataWithItemType`,
/// told apart by `itemType`).
public struct PinMediaItem: Hashable, Sendable, Codable {
    public var itemType: String?
    public var title: String?
    public var description: String?
    public var link: String?
    public var images: [String: ImageDetails]?
    public var coverImageUrl: String?
    public var videoUrl: String?
    public var duration: Double?
    public var width: Int?
    public var height: Int?

    public init(
        itemType: String? = nil, title: String? = nil, description: String? = nil, link: String? = nil,
        images: [String: ImageDetails]? = nil, coverImageUrl: String? = nil, videoUrl: String? = nil,
        duration: Double? = nil, width: Int? = nil, height: Int? = nil
    ) {
        self.itemType = itemType
        self.title = title
        self.description = description
        self.link = link
        self.images = images
        self.coverImageUrl = coverImageUrl
        self.videoUrl = videoUrl
        self.duration = duration
        self.width = width
        self.height = height
    }

    enum CodingKeys: String, CodingKey {
        case title, description, link, images, duration, width, height
        case itemType = "item_type"
        case coverImageUrl = "cover_image_url"
        case videoUrl = "video_url"
    }
}
