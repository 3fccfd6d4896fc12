import Foundation

/// Builds the `media` of pins: the image sizes Pinterest serves, at addresses of the sandbox itself (see
/// `SandboxImageURL`), derived from a key so that the same key always gives the same URLs.
enum PinMediaFactory {
    /// What a pin's pictures show.
    enum Picture: Sendable {
        /// Drawn by the sandbox in the colour `#RRGGBB`, `aspect` (height over width) tall.
        case generated(color: String, aspect: Double)
        /// The file the pin was created with, served as it was sent at every size; its size when it
        /// could be read (nil for bytes that are not a picture the sandbox reads).
        case uploaded(width: Int?, height: Int?)
    }

    /// The sizes Pinterest lists: two crops (`150x150`, `400x300`), two widths and the original.
    static func images(key: String, picture: Picture) -> [String: WireImage] {
        let hash = hexHash(key)
        let aspect: Double
        let originalWidth: Int
        switch picture {
        case .generated(_, let generatedAspect):
            aspect = generatedAspect
            originalWidth = 1600
        case .uploaded(let width?, let height?) where width > 0 && height > 0:
            aspect = Double(height) / Double(width)
            originalWidth = width
        case .uploaded:
            aspect = 1.25
            originalWidth = 1600
        }
        func url(_ label: String) -> String {
            switch picture {
            case .generated(let color, let aspect):
                SandboxImageURL.generated(label: label, color: color, aspect: aspect, hash: hash)
            case .uploaded: SandboxImageURL.uploaded(label: label, hash: hash)
            }
        }
        func scaled(_ label: String, width: Int) -> WireImage {
            WireImage(width: width, height: Int((Double(width) * aspect).rounded()), url: url(label))
        }
        return [
            "150x150": WireImage(width: 150, height: 150, url: url("150x150")),
            "400x300": WireImage(width: 400, height: 300, url: url("400x300")),
            "600x": scaled("600x", width: 600),
            "1200x": scaled("1200x", width: 1200),
            "originals": scaled("originals", width: originalWidth),
        ]
    }

    static func image(key: String, picture: Picture) -> WirePinMedia {
        WirePinMedia(mediaType: "image", images: images(key: key, picture: picture))
    }

    static func video(key: String, color: String, durationMilliseconds: Double) -> WirePinMedia {
        let images = images(key: key, picture: .generated(color: color, aspect: 9.0 / 16.0))
        return WirePinMedia(
            mediaType: "video", images: images, coverImageUrl: images["originals"]?.url,
            videoUrl: "https://v1.pinimg.com/videos/mc/720p/\(hexHash(key)).mp4", duration: durationMilliseconds,
            width: 1280, height: 720)
    }

    /// A carousel of one picture per key (each `pictures[i]`, else drawn in `color`).
    static func carousel(
        keys: [String], color: String, pictures: [Picture] = [], titles: [String?] = [], links: [String?] = []
    ) -> WirePinMedia {
        let items = keys.enumerated().map { index, key in
            let picture = pictures.indices.contains(index) ? pictures[index] : .generated(color: color, aspect: 1.25)
            return WireMediaItem(
                itemType: "image", title: titles.indices.contains(index) ? titles[index] : nil, description: nil,
                link: links.indices.contains(index) ? links[index] : nil, images: images(key: key, picture: picture))
        }
        return WirePinMedia(mediaType: "multiple_images", items: items)
    }

    /// `media` with its pictures at the sandbox's addresses: each rendition keeps its label, size and the
    /// file name of its old URL (which seeds the picture drawn), in `color`. For pins stored before the
    /// sandbox served pictures.
    static func servedBySandbox(_ media: WirePinMedia, color: String) -> WirePinMedia {
        func served(_ images: [String: WireImage]?) -> [String: WireImage]? {
            guard let images else { return nil }
            let full = images["originals"] ?? images["1200x"] ?? images["600x"]
            let aspect = full.flatMap { image in
                image.width.flatMap { width in image.height.map { Double($0) / Double(max(width, 1)) } }
            } ?? 1.25
            return images.reduce(into: [:]) { result, entry in
                let (label, image) = entry
                guard !SandboxImageURL.isSandboxURL(image.url) else {
                    result[label] = image
                    return
                }
                let name = image.url.split(separator: "/").last.map { String($0.split(separator: ".")[0]) } ?? hexHash(image.url)
                result[label] = WireImage(
                    width: image.width, height: image.height,
                    url: SandboxImageURL.generated(label: label, color: color, aspect: aspect, hash: name))
            }
        }
        var media = media
        media.images = served(media.images)
        media.items = media.items?.map { item in
            var item = item
            item.images = served(item.images)
            return item
        }
        if media.coverImageUrl != nil, let cover = media.images?["originals"]?.url { media.coverImageUrl = cover }
        return media
    }

    /// The colour pictures are drawn in: the pin's, else one of the demo colours picked by `key`.
    static func pictureColor(_ dominantColor: String?, key: String) -> String {
        dominantColor ?? DemoContent.colours[Int(FNV1a.hash(key) % UInt64(DemoContent.colours.count))]
    }

    /// 32 hex digits derived from the key (FNV-1a, spread by SplitMix64), shaped like Pinterest's image names.
    static func hexHash(_ key: String) -> String {
        var generator = SeededGenerator(seed: FNV1a.hash(key))
        return (0..<2).map { _ in
            let part = String(generator.next(), radix: 16)
            return String(repeating: "0", count: 16 - part.count) + part
        }.joined()
    }
}
