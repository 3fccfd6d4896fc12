// Enums for pins (spec CreativeType, PinMedia media_type, query_pin_filter, query_pin_type, ContentType).

/// A pin's creative type, also the `creative_types` list filter. `shopThePin` is deprecated in favour of `collection`.
public struct CreativeType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let regular = Self(rawValue: "REGULAR")
    public static let video = Self(rawValue: "VIDEO")
    public static let shopping = Self(rawValue: "SHOPPING")
    public static let carousel = Self(rawValue: "CAROUSEL")
    public static let maxVideo = Self(rawValue: "MAX_VIDEO")
    public static let shopThePin = Self(rawValue: "SHOP_THE_PIN")
    public static let collection = Self(rawValue: "COLLECTION")
    public static let idea = Self(rawValue: "IDEA")
    public static let showcase = Self(rawValue: "SHOWCASE")
    public static let quiz = Self(rawValue: "QUIZ")
    public static let collage = Self(rawValue: "COLLAGE")
    public static let maxWidthRegularCollection = Self(rawValue: "MAX_WIDTH_REGULAR_COLLECTION")
    public static let maxWidthVideoCollection = Self(rawValue: "MAX_WIDTH_VIDEO_COLLECTION")
}

/// The `media_type` discriminator of a pin's media.
public struct MediaType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let image = Self(rawValue: "image")
    public static let video = Self(rawValue: "video")
    public static let multipleImages = Self(rawValue: "multiple_images")
    public static let multipleVideos = Self(rawValue: "multiple_videos")
    public static let multipleMixed = Self(rawValue: "multiple_mixed")
}

/// The `pin_filter` of pins/list.
public struct PinFilter: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let excludeNative = Self(rawValue: "exclude_native")
    public static let excludeRepins = Self(rawValue: "exclude_repins")
    public static let hasBeenPromoted = Self(rawValue: "has_been_promoted")
}

/// The `pin_type` of pins/list (only private pins are supported).
public struct PinType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let `private` = Self(rawValue: "PRIVATE")
}

/// The content type of base64 image data in a media source.
public struct ImageContentType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let jpeg = Self(rawValue: "image/jpeg")
    public static let png = Self(rawValue: "image/png")
}
