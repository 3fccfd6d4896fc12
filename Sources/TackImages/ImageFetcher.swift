import Foundation
import PinterestAPI

/// Downloads picture files through the API's transport, with no credentials: image hosts are not the
/// API, and the bearer token must never reach them.
struct ImageFetcher: Sendable {
    let transport: any HTTPTransport
    let maxBytes: Int
    let timeout: Duration

    func bytes(from url: URL) async throws -> [UInt8] {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw PictureError.unsupportedURL(url.absoluteString)
        }
        let request = HTTPRequest(
            method: .get, url: url, headers: [(name: "Accept", value: "image/webp,image/png,image/jpeg")], body: nil,
            timeout: timeout)
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let failure as TransportFailure {
            throw PictureError.transport(failure)
        }
        guard (200..<300).contains(response.status) else { throw PictureError.httpStatus(response.status) }
        guard response.body.count <= maxBytes else {
            throw PictureError.tooLarge(bytes: response.body.count, limit: maxBytes)
        }
        return [UInt8](response.body)
    }
}
