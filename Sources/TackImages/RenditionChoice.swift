import Foundation
import PinterestAPI

/// Picks which of a pin's image renditions to download for a space of a given size in pixels: the
/// smallest that covers it, so a 40x20-cell preview does not fetch a 2000-pixel original.
///
/// A rendition covers the space when, fitted into it with its aspect kept, it needs no enlarging: it is
/// at least as wide or at least as tall as the space. Renditions cropped to another shape than the
/// picture (`150x150`, `400x300`) are used only when a pin has nothing else, so a portrait pin is not shown
/// as a landscape crop, unless crops are allowed (a grid of thumbnails, where a square crop suits and
/// costs a tenth of the bytes).
public enum RenditionChoice {
    public typealias Rendition = (label: String, width: Int?, height: Int?, url: String?)

    /// The URL of the rendition of `media` to fetch for `pixels` (width, height).
    public static func url(
        for media: PinMedia, coveringPixels pixels: (width: Int, height: Int), allowingCrops: Bool = false
    ) -> URL? {
        choose(from: media.imageSizes, coveringPixels: pixels, allowingCrops: allowingCrops)
            .flatMap { $0.url.flatMap(URL.init(string:)) }
    }

    /// The rendition of `renditions` (narrowest first, as `PinMedia.imageSizes` gives them) to fetch.
    public static func choose(
        from renditions: [Rendition], coveringPixels pixels: (width: Int, height: Int), allowingCrops: Bool = false
    ) -> Rendition? {
        let usable = renditions.filter { $0.url.flatMap(URL.init(string:)) != nil }
        let aspect = pictureAspect(usable)
        let uncropped = allowingCrops ? usable : usable.filter { isUncropped($0, aspect: aspect) }
        let pool = (uncropped.isEmpty ? usable : uncropped).sorted { ($0.width ?? .max) < ($1.width ?? .max) }
        let sized = pool.filter { $0.width != nil }
        if let covering = sized.first(where: { covers($0, pixels, aspect: aspect) }) { return covering }
        return sized.last ?? pool.first
    }

    /// Width over height of the picture itself: that of its widest rendition with both sizes known.
    private static func pictureAspect(_ renditions: [Rendition]) -> Double? {
        renditions.filter { $0.width != nil && $0.height != nil && $0.height! > 0 }
            .max { $0.width! < $1.width! }
            .map { Double($0.width!) / Double($0.height!) }
    }

    /// Whether `rendition` shows the whole picture: its width alone is given (`600x`), or its aspect is the
    /// picture's within 3%.
    private static func isUncropped(_ rendition: Rendition, aspect: Double?) -> Bool {
        guard let aspect, let width = rendition.width, let height = rendition.height, height > 0 else { return true }
        return abs(Double(width) / Double(height) - aspect) / aspect < 0.03
    }

    private static func covers(_ rendition: Rendition, _ pixels: (width: Int, height: Int), aspect: Double?) -> Bool {
        guard let width = rendition.width else { return false }
        if width >= pixels.width { return true }
        let height = rendition.height.map(Double.init) ?? aspect.map { Double(width) / $0 }
        return height.map { $0 >= Double(pixels.height) } ?? false
    }
}
