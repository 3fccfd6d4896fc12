import ImageCodecs
import PinterestAPI

/// Why a picture could not be shown.
public enum PictureError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Only `http` and `https` pictures are fetched.
    case unsupportedURL(String)
    /// The image host answered with a status other than 2xx.
    case httpStatus(Int)
    /// The download is larger than the loader takes.
    case tooLarge(bytes: Int, limit: Int)
    /// No answer from the image host.
    case transport(TransportFailure)
    /// The bytes are not a picture Tack reads, or a broken one.
    case codec(ImageCodecError)

    public var description: String {
        switch self {
        case .unsupportedURL(let url): "pictures are fetched over http or https only, not \(url)"
        case .httpStatus(let status): "the image host answered \(status)"
        case .tooLarge(let bytes, let limit): "the picture is \(bytes) bytes, more than the \(limit) taken"
        case .transport(let failure): "the image host did not answer: \(failure)"
        case .codec(let error): error.description
        }
    }
}
