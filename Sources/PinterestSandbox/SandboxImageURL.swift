import Foundation

/// The addresses of the pictures the sandbox serves itself, under `/pinimg`:
/// - generated: `/pinimg/<label>/<RRGGBB>-<aspect ‰>/<hash>.jpg`, drawn on request in the pin's colour;
/// - uploaded: `/pinimg/<label>/uploads/<hash>`, the bytes a pin was created with.
///
/// The sandbox's own address is only known per request (it binds to any free port, and clients reach it by
/// whatever host they use), so pins are stored with `placeholderOrigin` in front of these paths, and
/// answers replace it with the origin of the request they answer (see `ImageOrigin`).
enum SandboxImageURL {
    static let placeholderOrigin = "http://sandbox-origin.invalid"
    static let pathPrefix = "/pinimg/"
    static let uploadsSegment = "uploads"

    /// A generated picture of `label`'s size: `colour` is `#RRGGBB`; `aspect` is height over width.
    static func generated(label: String, color: String, aspect: Double, hash: String) -> String {
        let hex = color.hasPrefix("#") ? String(color.dropFirst()) : color
        return "\(placeholderOrigin)\(pathPrefix)\(label)/\(hex.uppercased())-\(Int((aspect * 1000).rounded()))/\(hash).jpg"
    }

    static func uploaded(label: String, hash: String) -> String {
        "\(placeholderOrigin)\(pathPrefix)\(label)/\(uploadsSegment)/\(hash)"
    }

    static func isSandboxURL(_ url: String) -> Bool {
        url.hasPrefix(placeholderOrigin + pathPrefix)
    }

    static func isImagePath(_ path: String) -> Bool {
        path.hasPrefix(pathPrefix)
    }
}
