/// The picture formats Tack reads, told apart by their first bytes (never by a name or a content type).
public enum ImageFormat: String, Hashable, Sendable, CaseIterable {
    case jpeg
    case png
    case webp

    /// The format `bytes` start with, or nil for anything else.
    public init?(signature bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(12))
        if head.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if head.count == 12, head.starts(with: Array("RIFF".utf8)), head[8...].elementsEqual("WEBP".utf8) {
            self = .webp
        } else {
            return nil
        }
    }

    /// The MIME type pictures of this format are served as.
    public var contentType: String { "image/\(rawValue)" }
}
