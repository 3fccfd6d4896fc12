import Foundation
import PinterestAPI

/// An image file format, recognised by the file's first bytes rather than its name.
public enum ImageFormat: String, Hashable, Sendable, CaseIterable {
    case png = "PNG", jpeg = "JPEG", gif = "GIF", webp = "WebP", bmp = "BMP", tiff = "TIFF"

    /// The format whose signature `data` starts with, or nil for anything else.
    public init?(detectingIn data: Data) {
        let bytes = [UInt8](data.prefix(12))
        func starts(with signature: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + signature.count && Array(bytes[offset..<offset + signature.count]) == signature
        }
        if starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if starts(with: Array("GIF87a".utf8)) || starts(with: Array("GIF89a".utf8)) {
            self = .gif
        } else if starts(with: Array("RIFF".utf8)) && starts(with: Array("WEBP".utf8), at: 8) {
            self = .webp
        } else if starts(with: Array("BM".utf8)) {
            self = .bmp
        } else if starts(with: [0x49, 0x49, 0x2A, 0x00]) || starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            self = .tiff
        } else {
            return nil
        }
    }

    /// The content type to upload it with, or nil when the API does not take the format
    /// (pins/create accepts base64 JPEG and PNG only).
    public var uploadContentType: ImageContentType? {
        switch self {
        case .png: .png
        case .jpeg: .jpeg
        case .gif, .webp, .bmp, .tiff: nil
        }
    }
}
