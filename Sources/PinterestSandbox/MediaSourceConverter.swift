import Foundation

/// Validates a `PinMediaSource` and turns it into the `media` (and `creative_type`) of the new pin, with the
/// pictures it uploads (base64) to keep and serve.
enum MediaSourceConverter {
    struct Converted {
        var media: WirePinMedia
        var creativeType: String
        var uploads: [UploadedPicture]
    }

    static let contentTypes = ["image/jpeg", "image/png"]
    static let sourceTypes = [
        "image_base64", "image_url", "video_id", "multiple_image_base64", "multiple_image_urls", "pin_url",
    ]

    /// `dominantColor` is the new pin's; pictures the sandbox draws for it use that colour.
    static func media(for source: MediaSourceBody, dominantColor: String?) throws -> Converted {
        guard let type = source.sourceType else { throw APIError.missing("media_source.source_type") }
        try Validate.oneOf(type, sourceTypes, field: "media_source.source_type")
        func drawn(_ key: String) -> PinMediaFactory.Picture {
            .generated(color: PinMediaFactory.pictureColor(dominantColor, key: key), aspect: 1.25)
        }
        switch type {
        case "image_url":
            let url = try required(source.url, "media_source.url")
            try Validate.link(url, field: "media_source.url")
            return Converted(media: PinMediaFactory.image(key: url, picture: drawn(url)), creativeType: "REGULAR", uploads: [])
        case "image_base64":
            let upload = try uploaded(contentType: source.contentType, data: source.data, field: "media_source")
            return Converted(
                media: PinMediaFactory.image(key: upload.key, picture: upload.picture), creativeType: "REGULAR",
                uploads: [upload])
        case "video_id":
            let mediaId = try required(source.mediaId, "media_source.media_id")
            _ = try Validate.id(mediaId, field: "media_source.media_id")
            try Validate.link(source.coverImageUrl, field: "media_source.cover_image_url")
            let media = PinMediaFactory.video(
                key: mediaId, color: PinMediaFactory.pictureColor(dominantColor, key: mediaId), durationMilliseconds: 15_000)
            return Converted(media: media, creativeType: "VIDEO", uploads: [])
        case "multiple_image_urls", "multiple_image_base64":
            let items = try required(source.items, "media_source.items")
            guard (2...5).contains(items.count) else {
                throw APIError.invalid("media_source.items", "must hold 2 to 5 images.")
            }
            var uploads: [UploadedPicture] = []
            let pictures = try items.enumerated().map { index, item in
                let field = "media_source.items[\(index)]"
                try Validate.length(item.title, field: "\(field).title", max: Validate.unspecifiedMaxLength)
                try Validate.length(item.description, field: "\(field).description", max: Validate.unspecifiedMaxLength)
                try Validate.link(item.link, field: "\(field).link")
                if type == "multiple_image_urls" {
                    let url = try required(item.url, "\(field).url")
                    try Validate.link(url, field: "\(field).url")
                    return (key: url, picture: drawn(url))
                }
                let upload = try uploaded(contentType: item.contentType, data: item.data, field: field)
                uploads.append(upload)
                return (key: upload.key, picture: upload.picture)
            }
            let media = PinMediaFactory.carousel(
                keys: pictures.map(\.key), color: PinMediaFactory.pictureColor(dominantColor, key: pictures[0].key),
                pictures: pictures.map(\.picture), titles: items.map(\.title), links: items.map(\.link))
            return Converted(media: media, creativeType: "CAROUSEL", uploads: uploads)
        default:
            return Converted(
                media: PinMediaFactory.image(key: "pin_url", picture: drawn("pin_url")), creativeType: "SHOPPING", uploads: [])
        }
    }

    /// A base64 picture checked as `base64Image` does, decoded, to keep.
    private static func uploaded(contentType: String?, data: String?, field: String) throws -> UploadedPicture {
        let text = try base64Image(contentType: contentType, data: data, field: field)
        guard let bytes = Data(base64Encoded: text) else {
            throw APIError.invalid("\(field).data", "must be base64 (^[a-zA-Z0-9+/=]+$).")
        }
        return UploadedPicture(key: text, contentType: contentType ?? "image/jpeg", bytes: bytes)
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
