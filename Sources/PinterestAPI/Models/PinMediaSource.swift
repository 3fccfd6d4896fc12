/// Where a new pin's media comes from (spec `PinMediaSource`, a union discriminated by `source_type`).
public enum PinMediaSource: Hashable, Sendable, Codable {
    case imageURL(ImageURL)
    case imageBase64(ImageBase64)
    case multipleImageURLs(ImageURLs)
    case multipleImageBase64(ImagesBase64)
    case videoID(VideoID)
    /// Product pins from a URL; a closed beta at Pinterest.
    case pinURL(PinURL)

    /// `source_type: image_url`.
    public struct ImageURL: Hashable, Sendable, Codable {
        public var url: String
        public var isStandard: Bool?

        public init(url: String, isStandard: Bool? = nil) {
            self.url = url
            self.isStandard = isStandard
        }

        enum CodingKeys: String, CodingKey {
            case url
            case isStandard = "is_standard"
        }
    }

    /// `source_type: image_base64`; `data` matches `^[a-zA-Z0-9+/=]+$`.
    public struct ImageBase64: Hashable, Sendable, Codable {
        public var contentType: ImageContentType
        public var data: String
        public var isStandard: Bool?

        public init(contentType: ImageContentType, data: String, isStandard: Bool? = nil) {
            self.contentType = contentType
            self.data = data
            self.isStandard = isStandard
        }

        enum CodingKeys: String, CodingKey {
            case data
            case contentType = "content_type"
            case isStandard = "is_standard"
        }
    }

    /// `source_type: multiple_image_urls`: 2 to 5 images.
    public struct ImageURLs: Hashable, Sendable, Codable {
        public var items: [Item]
        public var index: Int?

        public init(items: [Item], index: Int? = nil) {
            self.items = items
            self.index = index
        }

        public struct Item: Hashable, Sendable, Codable {
            public var url: String
            public var title: String?
            public var description: String?
            public var link: String?

            public init(url: String, title: String? = nil, description: String? = nil, link: String? = nil) {
                self.url = url
                self.title = title
                self.description = description
                self.link = link
            }
        }
    }

    /// `source_type: multiple_image_base64`: 2 to 5 images.
    public struct ImagesBase64: Hashable, Sendable, Codable {
        public var items: [Item]
        public var index: Int?

        public init(items: [Item], index: Int? = nil) {
            self.items = items
            self.index = index
        }

        public struct Item: Hashable, Sendable, Codable {
            public var contentType: ImageContentType
            public var data: String
            public var title: String?
            public var description: String?
            public var link: String?

            public init(
                contentType: ImageContentType, data: String, title: String? = nil,
                description: String? = nil, link: String? = nil
            ) {
                self.contentType = contentType
                self.data = data
                self.title = title
                self.description = description
                self.link = link
            }

            enum CodingKeys: String, CodingKey {
                case data, title, description, link
                case contentType = "content_type"
            }
        }
    }

    /// `source_type: video_id`: an uploaded video, with a cover given by URL, by base64 data,
    /// or by a key frame time in seconds.
    public struct VideoID: Hashable, Sendable, Codable {
        public var mediaId: String
        public var coverImageUrl: String?
        public var coverImageData: String?
        public var coverImageContentType: ImageContentType?
        public var coverImageKeyFrameTime: Int?
        public var isStandard: Bool?

        public init(
            mediaId: String, coverImageUrl: String? = nil, coverImageData: String? = nil,
            coverImageContentType: ImageContentType? = nil, coverImageKeyFrameTime: Int? = nil,
            isStandard: Bool? = nil
        ) {
            self.mediaId = mediaId
            self.coverImageUrl = coverImageUrl
            self.coverImageData = coverImageData
            self.coverImageContentType = coverImageContentType
            self.coverImageKeyFrameTime = coverImageKeyFrameTime
            self.isStandard = isStandard
        }

        enum CodingKeys: String, CodingKey {
            case mediaId = "media_id"
            case coverImageUrl = "cover_image_url"
            case coverImageData = "cover_image_data"
            case coverImageContentType = "cover_image_content_type"
            case coverImageKeyFrameTime = "cover_image_key_frame_time"
            case isStandard = "is_standard"
        }
    }

    /// `source_type: pin_url`.
    public struct PinURL: Hashable, Sendable, Codable {
        public var isAffiliateLink: Bool?

        public init(isAffiliateLink: Bool? = nil) { self.isAffiliateLink = isAffiliateLink }

        enum CodingKeys: String, CodingKey {
            case isAffiliateLink = "is_affiliate_link"
        }
    }

    /// The `source_type` value of this variant.
    public var sourceType: String {
        switch self {
        case .imageURL: "image_url"
        case .imageBase64: "image_base64"
        case .multipleImageURLs: "multiple_image_urls"
        case .multipleImageBase64: "multiple_image_base64"
        case .videoID: "video_id"
        case .pinURL: "pin_url"
        }
    }

    private enum DiscriminatorKey: String, CodingKey {
        case sourceType = "source_type"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: DiscriminatorKey.self)
        let sourceType = try container.decode(String.self, forKey: .sourceType)
        switch sourceType {
        case "image_url": self = .imageURL(try ImageURL(from: decoder))
        case "image_base64": self = .imageBase64(try ImageBase64(from: decoder))
        case "multiple_image_urls": self = .multipleImageURLs(try ImageURLs(from: decoder))
        case "multiple_image_base64": self = .multipleImageBase64(try ImagesBase64(from: decoder))
        case "video_id": self = .videoID(try VideoID(from: decoder))
        case "pin_url": self = .pinURL(try PinURL(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .sourceType, in: container, debugDescription: "Unknown source_type \"\(sourceType)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DiscriminatorKey.self)
        try container.encode(sourceType, forKey: .sourceType)
        switch self {
        case .imageURL(let source): try source.encode(to: encoder)
        case .imageBase64(let source): try source.encode(to: encoder)
        case .multipleImageURLs(let source): try source.encode(to: encoder)
        case .multipleImageBase64(let source): try source.encode(to: encoder)
        case .videoID(let source): try source.encode(to: encoder)
        case .pinURL(let source): try source.encode(to: encoder)
        }
    }
}
