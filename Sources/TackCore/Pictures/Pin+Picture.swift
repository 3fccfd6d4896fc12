import PinterestAPI

extension Pin {
    /// The renditions of the picture that shows this pin (its image, a carousel's first, a video's
    /// cover); nil when it has none with an address.
    public var pictureRenditions: ImageRenditions? {
        let sizes = (media?.imageSizes ?? []).filter { $0.url != nil }
        guard !sizes.isEmpty else { return nil }
        return ImageRenditions(sizes.map { (label: $0.label, details: ImageDetails(width: $0.width, height: $0.height, url: $0.url)) })
    }

    /// The address of the largest rendition, for copying: the original when listed.
    public var largestImageURL: String? {
        let sizes = (media?.imageSizes ?? []).filter { $0.url != nil }
        return (sizes.first { $0.label == "originals" } ?? sizes.max { ($0.width ?? 0) < ($1.width ?? 0) })?.url
    }

    /// "600×750" for the largest rendition whose size is known, for a picture shown framed.
    public var pictureSizeText: String? {
        let largest = (media?.imageSizes ?? []).filter { $0.width != nil }.max { ($0.width ?? 0) < ($1.width ?? 0) }
        guard let largest, let width = largest.width else { return nil }
        return "\(width)×\(largest.height.map(String.init) ?? "…")"
    }
}
