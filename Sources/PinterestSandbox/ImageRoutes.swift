import Foundation
import Hummingbird
import ImageCodecs

/// Serves the pictures of the sandbox's pins (`SandboxImageURL`): drawn on request at the size a label
/// names, or uploaded ones as they were sent. Like an image host, it takes no token (and counts the
/// requests that bring one, which no client should).
struct ImageRoutes {
    let store: SandboxStore
    let faults: FaultInjector

    static let requestsWithAuthorizationKey = "GET /pinimg with Authorization"
    /// The largest side drawn: labels asking for more are not found.
    static let maxSide = 4000

    func register(on router: Router<SandboxRequestContext>) {
        router.get("pinimg/{label}/{style}/{file}") { request, context in
            if request.headers[.authorization] != nil { await faults.record(Self.requestsWithAuthorizationKey) }
            let label = context.parameters.get("label") ?? ""
            let style = context.parameters.get("style") ?? ""
            let file = context.parameters.get("file") ?? ""
            if style == SandboxImageURL.uploadsSegment {
                guard let upload = try await store.uploadedPicture(hash: file) else { throw Self.notFound }
                return Self.response(upload.bytes, contentType: upload.contentType)
            }
            guard let (color, aspect) = Self.parse(style: style), file.hasSuffix(".jpg"),
                  let size = Self.pixels(label: label, aspect: aspect)
            else { throw Self.notFound }
            let picture = DemoPicture(color: color, seed: String(file.dropLast(4)))
            let bytes = try ImageEncoder.jpeg(picture.render(width: size.width, height: size.height), quality: 82)
            return Self.response(Data(bytes), contentType: ImageFormat.jpeg.contentType)
        }
    }

    /// `RRGGBB-<aspect ‰>` as `#RRGGBB` and the height over the width.
    static func parse(style: String) -> (color: String, aspect: Double)? {
        let parts = style.split(separator: "-")
        guard parts.count == 2, parts[0].count == 6, UInt32(parts[0], radix: 16) != nil,
              let permille = Int(parts[1]), (100...10_000).contains(permille)
        else { return nil }
        return ("#\(parts[0])", Double(permille) / 1000)
    }

    /// The pixels a label names: `150x150`, `600x` (the width, the height by the aspect), `originals`.
    static func pixels(label: String, aspect: Double) -> (width: Int, height: Int)? {
        if label == "originals" { return (1600, Int((1600 * aspect).rounded())) }
        let parts = label.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), (1...maxSide).contains(width) else { return nil }
        if parts[1].isEmpty { return (width, max(1, min(maxSide, Int((Double(width) * aspect).rounded())))) }
        guard let height = Int(parts[1]), (1...maxSide).contains(height) else { return nil }
        return (width, height)
    }

    private static let notFound = APIError(status: .notFound, code: 404, message: "Image not found.")

    private static func response(_ bytes: Data, contentType: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: contentType, .cacheControl: "public, max-age=31536000, immutable"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
