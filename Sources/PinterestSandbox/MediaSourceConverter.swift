/// Validates a `PinMediaSource` and turns it into the `media` (and `creative_type`) of the new pin.
enum MediaSourceConverter {
    static let contentTypes = ["image/jpeg", "image/png"]
    static let sourceTypes = [
        "image_base64", "image_url", "video_id", "multiple_image_base64", "multiple_image_urls", "pin_url",
    ]

    static func media(for source: MediaSourceBody) throws -> (media: WirePinMedia, creativeType: String) {
        guard let type = source.sourceType else { throw APIError.missing("media_source.source_type") }
        try Validate.oneOf(type, sourceTypes, field: "media_source.source_type")
        switch type {
        case "image_url":
            let url = try required(source.url, "media_source.url")
            try Validate.link(url, field: "media_source.url")
            return (PinMediaFactory.image(key: url), "REGULAR")
        case "image_base64":
            let data = try base64Image(contentType: source.contentType, data: source.data, field: "media_source")
            return (PinMediaFactory.image(key: data), "REGULAR")
        case "video_id":
            let mediaId = try required(source.mediaId, "media_source.media_id")
            _ = try Validate.id(mediaId, field: "media_source.media_id")
            try Validate.link(source.coverImageUrl, field: "media_source.cover_image_url")
            return (PinMediaFactory.video(key: mediaId, durationMilliseconds: 15_000), "VIDEO")
        case "multiple_image_urls", "multiple_image_base64":
            let items = try required(source.items, "media_source.items")
            guard (2...5).contains(items.count) else {
                throw APIError.invalid("media_source.items", "must hold 2 to 5 images.")
            }
            let keys = try items.enumerated().map { index, item in
                let field = "media_source.items[\(index)]"
                try Validate.length(item.title, field: "\(field).title", max: Validate.unspecifiedMaxLength)
                try Validate.length(item.description, field: "\(field).description", max: Validate.unspecifiedMaxLength)
                try Validate.link(item.link, field: "\(field).link")
                if type == "multiple_image_urls" {
                    let url = try required(item.url, "\(field).url")
                    try Validate.link(url, field: "\(field).url")
                    return url
                }
                return try base64Image(contentType: item.contentType, data: item.data, field: field)
            }
            return (PinMediaFactory.carousel(keys: keys, titles: items.map(\.title), links: items.map(\.link)), "CAROUSEL")
        default:
            return (PinMediaFactory.image(key: "pin_url"), "SHOPPING")
        }
    }

    private static func required<Value>(_ value: Value?, _ field: String) throws -> Value {
        guard let value else { throw APIError.missing(field) }
        return value
    }

    /// Checks `content_type` and that `data` matches `^[a-zA-Z0-9+/=]+$`; returns the data.
    private static func base64Image(contentType: String?, data: String?, field: String) throws -> String {
        try Validate.oneOf(try required(contentType, "\(field).content_type"), contentTypes, field: "\(field).content_type")
        let data = try required(data, "\(field).data")
        // Checked byte by byte: an image's worth of characters one Character at a time takes seconds.
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=".utf8)
        guard !data.isEmpty, data.utf8.allSatisfy(alphabet.contains) else {
            throw APIError.invalid("\(field).data", "must be base64 (^[a-zA-Z0-9+/=]+$).")
        }
        return data
    }
}
