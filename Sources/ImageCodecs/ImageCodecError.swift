/// Why a picture could not be decoded or encoded.
public enum ImageCodecError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The bytes are none of JPEG, PNG or WebP.
    case unsupportedFormat
    /// The picture has more pixels than the decoder was allowed to allocate for.
    case tooManyPixels(width: Int, height: Int, limit: Int)
    /// The codec refused the bytes (or the pixels): its own message.
    case corrupt(ImageFormat, String)

    public var description: String {
        switch self {
        case .unsupportedFormat:
            "not a JPEG, PNG or WebP picture"
        case .tooManyPixels(let width, let height, let limit):
            "the picture is \(width)x\(height) pixels, more than the \(limit) allowed"
        case .corrupt(let format, let message):
            "the \(format.rawValue.uppercased()) picture cannot be read: \(message)"
        }
    }
}
