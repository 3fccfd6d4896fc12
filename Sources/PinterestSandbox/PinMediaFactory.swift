import Foundation

/// Builds the `media` of pins: the image sizes Pinterest serves, with believable i.pinimg.com URLs derived
/// from a key, so the same key always gives the same URLs.
enum PinMediaFactory {
    static func images(key: String, aspect: Double = 1.25) -> [String: WireImage] {
        let hash = hexHash(key)
        func url(_ size: String) -> String {
            let a = hash.prefix(2), b = hash.dropFirst(2).prefix(2), c = hash.dropFirst(4).prefix(2)
            return "https://i.pinimg.com/\(size)/\(a)/\(b)/\(c)/\(hash).jpg"
        }
        func scaled(_ width: Int) -> WireImage {
            WireImage(width: width, height: Int((Double(width) * aspect).rounded()), url: url("\(width)x"))
        }
        return [
            "150x150": WireImage(width: 150, height: 150, url: url("150x150")),
            "400x300": WireImage(width: 400, height: 300, url: url("400x300")),
            "600x": scaled(600),
            "1200x": scaled(1200),
            "originals": WireImage(
                width: 1600, height: Int((1600 * aspect).rounded()), url: url("originals")),
        ]
    }

    static func image(key: String, aspect: Double = 1.25) -> WirePinMedia {
        WirePinMedia(mediaType: "image", images: images(key: key, aspect: aspect))
    }

    static func video(key: String, durationMilliseconds: Double) -> WirePinMedia {
        let images = images(key: key, aspect: 16.0 / 9.0)
        return WirePinMedia(
            mediaType: "video", images: images, coverImageUrl: images["originals"]?.url,
            videoUrl: "https://v1.pinimg.com/videos/mc/720p/\(hexHash(key)).mp4", duration: durationMilliseconds,
            width: 1280, height: 720)
    }

    static func carousel(keys: [String], titles: [String?] = [], links: [String?] = []) -> WirePinMedia {
        let items = keys.enumerated().map { index, key in
            WireMediaItem(
                itemType: "image", title: titles.indices.contains(index) ? titles[index] : nil, description: nil,
                link: links.indices.contains(index) ? links[index] : nil, images: images(key: key))
        }
        return WirePinMedia(mediaType: "multiple_images", items: items)
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
