import Foundation

/// Pinterest's limits on the media a new pin uploads, checked before the request is sent.
public enum PinMediaLimits {
    /// The largest image file a pin may carry, before base64 encoding: 20 MB.
    ///
    /// The reference documents the refusal but not the figure: create_pin answers 403 "The Pin's
    /// image is too small, too large or is broken" (reference/PinsApi.md, create_pin responses), and
    /// neither the OpenAPI file nor the notes give a size. 20 MB is the maximum image file size of
    /// Pinterest's published Pin specifications, the figure API integrators document for Pinterest
    /// images (e.g. Ayrshare's and Postbreeze's Pinterest media guidelines). Decimal megabytes, the
    /// smaller reading of "20 MB".
    public static let maxImageBytes = 20_000_000

    /// Refuses `source` when one of its base64 images (a carousel's, a video's cover) decodes to more
    /// than `maxImageBytes`, with a `.invalidRequest` error naming the image and both sizes.
    static func check(_ source: PinMediaSource, operation: OperationDescriptor) throws(PinterestError) {
        let sizes = source.base64ImageSizes
        guard let index = sizes.firstIndex(where: { $0 > maxImageBytes }) else { return }
        let image = sizes.count == 1 ? "The image" : "Image \(index + 1) of \(sizes.count)"
        throw PinterestError(
            kind: .invalidRequest,
            message: "\(image) is \(size(sizes[index])); Pinterest takes images up to \(megabytes(maxImageBytes)): "
                + "choose a smaller image (nothing was sent)",
            operation: operation.id)
    }

    /// An oversized image's size: in megabytes, or in bytes when it is too close to the limit to tell apart.
    private static func size(_ bytes: Int) -> String {
        let shown = megabytes(bytes)
        return shown == megabytes(maxImageBytes) || shown == String(format: "%.1f MB", Double(maxImageBytes) / 1_000_000)
            ? "\(bytes) bytes" : shown
    }

    private static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_000_000
        return value.rounded() == value ? "\(Int(value)) MB" : String(format: "%.1f MB", value)
    }
}

extension PinMediaSource {
    /// The decoded size of each base64 image the source carries, in order: one for an image, each
    /// item of a carousel, a video's cover when it is given as data.
    var base64ImageSizes: [Int] {
        switch self {
        case .imageBase64(let image): [Self.decodedSize(of: image.data)]
        case .multipleImageBase64(let images): images.items.map { Self.decodedSize(of: $0.data) }
        case .videoID(let video): video.coverImageData.map { [Self.decodedSize(of: $0)] } ?? []
        case .imageURL, .multipleImageURLs, .pinURL: []
        }
    }

    /// The bytes base64 text decodes to, computed from its length without decoding it.
    private static func decodedSize(of base64: String) -> Int {
        let characters = base64.utf8.count
        let padding = base64.utf8.reversed().prefix(2).prefix { $0 == UInt8(ascii: "=") }.count
        return characters / 4 * 3 + max(0, characters % 4 - 1) - padding
    }
}
