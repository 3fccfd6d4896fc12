import Foundation
import ImageCodecs

/// A picture a pin was created with (base64 in its media source), kept so the sandbox serves it back.
struct UploadedPicture: Sendable {
    /// What names it: its base64 text, hashed into its URL.
    let key: String
    /// As the client declared it (`image/jpeg` or `image/png`), sent back with it.
    let contentType: String
    let bytes: Data

    var hash: String { PinMediaFactory.hexHash(key) }

    /// Its size when it is a picture the sandbox reads; the sizes the pin lists are derived from it.
    var picture: PinMediaFactory.Picture {
        let size = try? ImageDecoder().size(of: [UInt8](bytes))
        return .uploaded(width: size?.width, height: size?.height)
    }
}
