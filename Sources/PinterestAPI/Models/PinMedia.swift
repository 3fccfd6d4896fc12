/// A pin's media (spec `PinMedia`, a union discriminated by `media_type`).
///
/// One flat shape covers every variant so an unknown `media_type` still decodes:
/// - `image`: `images`
/// - `video`: `coverImageUrl`, `videoUrl`, `duration`, `width`, `height`, `images`
/// - `multiple_images` (carousel), `multiple_videos`, `multiple_mixed`: `items`
public struct PinMedia: Hashable, Sendable, Codable {
    public var mediaType: MediaType?
    /// Renditions by size label (`150x150`, `600x`, `1200x`, and undeclared ones like `originals`).
    public var images: ImageRenditions?
    public var items: [PinMediaItem]?
    /// The members only a video has, out of line: most pins are images, and five empty members
    /// inline would cost each of them 72 bytes more. Nil when every member is nil.
    private var video: Boxed<VideoMembers>?

    private struct VideoMembers: Hashable, Sendable, Codable {
        var coverImageUrl: String?
        var videoUrl: String?
        var duration: Double?
        var width: Int?
        var height: Int?

        enum CodingKeys: String, CodingKey {
            case duration, width, height
            case coverImageUrl = "cover_image_url"
            case videoUrl = "video_url"
        }
    }

    public var coverImageUrl: String? {
        get { video?.value.coverImageUrl }
        set { changeVideo { $0.coverImageUrl = newValue } }
    }
    public var videoUrl: String? {
        get { video?.value.videoUrl }
        set { changeVideo { $0.videoUrl = newValue } }
    }
    /// Milliseconds; null while the video is still processing.
    public var duration: Double? {
        get { video?.value.duration }
        set { changeVideo { $0.duration = newValue } }
    }
    public var width: Int? {
        get { video?.value.width }
        set { changeVideo { $0.width = newValue } }
    }
    public var height: Int? {
        get { video?.value.height }
        set { changeVideo { $0.height = newValue } }
    }

    public init(
        mediaType: MediaType?, images: ImageRenditions? = nil, coverImageUrl: String? = nil,
        videoUrl: String? = nil, duration: Double? = nil, width: Int? = nil, height: Int? = nil,
        items: [PinMediaItem]? = nil
    ) {
        self.mediaType = mediaType
        self.images = images
        self.items = items
        setVideo(VideoMembers(
            coverImageUrl: coverImageUrl, videoUrl: videoUrl, duration: duration, width: width, height: height))
    }

    private mutating func changeVideo(_ change: (inout VideoMembers) -> Void) {
        var members = video?.value ?? VideoMembers()
        change(&members)
        setVideo(members)
    }

    private mutating func setVideo(_ members: VideoMembers) {
        video = members == VideoMembers() ? nil : Boxed(members)
    }

    enum CodingKeys: String, CodingKey {
        case images, items
        case mediaType = "media_type"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        mediaType = try container.decodeIfPresent(MediaType.self, forKey: .mediaType)
        images = try container.decodeIfPresent(ImageRenditions.self, forKey: .images)
        items = try container.decodeIfPresent([PinMediaItem].self, forKey: .items)
        setVideo(try VideoMembers(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(mediaType, forKey: .mediaType)
        try container.encodeIfPresent(images, forKey: .images)
        try container.encodeIfPresent(items, forKey: .items)
        try video?.value.encode(to: encoder)
    }

    /// The image renditions to show for this pin, narrowest first: the pin's own `images`,
    /// else the first carousel item's, else the video cover image (label `cover`).
    /// Renditions without a width come last (the order of `ImageRenditions`).
    public var imageSizes: [(label: String, width: Int?, height: Int?, url: String?)] {
        let candidates = [images] + (items ?? []).map(\.images)
        if let renditions = candidates.lazy.compactMap({ $0 }).first(where: { !$0.isEmpty }) {
            return renditions.map { (label: $0.label, width: $0.details.width, height: $0.details.height, url: $0.details.url) }
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
    public var images: ImageRenditions?
    public var coverImageUrl: String?
    public var videoUrl: String?
    public var duration: Double?
    public var width: Int?
    public var height: Int?

    public init(
        itemType: String? = nil, title: String? = nil, description: String? = nil, link: String? = nil,
        images: ImageRenditions? = nil, coverImageUrl: String? = nil, videoUrl: String? = nil,
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
