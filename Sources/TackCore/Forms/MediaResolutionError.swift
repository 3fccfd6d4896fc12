/// Why a pin's local media could not be prepared for upload; each names the file.
public enum MediaResolutionError: Error, Hashable, Sendable, CustomStringConvertible {
    case fileNotFound(path: String)
    case unreadable(path: String, reason: String)
    /// The file does not start like any image format Tack knows.
    case unknownImageType(path: String)
    /// A real image, in a format the API does not accept.
    case unsupportedImageType(path: String, ImageFormat)
    /// Bigger than Pinterest takes (`ImageUploadLimit`): refused before sending.
    case tooLarge(path: String, byteCount: Int, limit: Int)

    /// What went wrong and what to do, ready to show in the form.
    public var description: String {
        switch self {
        case .fileNotFound(let path):
            "\(path): no such file"
        case .unreadable(let path, let reason):
            "\(path) cannot be read: \(reason)"
        case .unknownImageType(let path):
            "\(path) is not an image Tack recognises: use a JPEG or PNG file"
        case .unsupportedImageType(let path, let format):
            "\(path) is a \(format.rawValue) image: Pinterest takes JPEG or PNG files"
        case .tooLarge(let path, let byteCount, let limit):
            "\(path) is \(ImageUploadLimit.describe(byteCount)): Pinterest takes image files up to "
                + "\(ImageUploadLimit.describe(limit)); make it smaller, or give its URL"
        }
    }
}
