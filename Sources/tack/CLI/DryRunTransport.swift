import Foundation
import PinterestAPI
import Synchronization

/// The transport of `--dry-run`: keeps the request the client would send, and sends nothing. It
/// answers by cancelling the request, which the client passes on untouched (no retry, no error text).
final class DryRunTransport: HTTPTransport {
    private let kept = Mutex<HTTPRequest?>(nil)

    /// The request the client tried to send.
    var request: HTTPRequest? { kept.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        kept.withLock { $0 = $0 ?? request }
        throw CancellationError()
    }

    func shutdown() async throws {}

    /// The method and URL (without any user or password in it), then the JSON body laid out; never
    /// the headers, which hold the token.
    static func describe(_ request: HTTPRequest) -> String {
        var components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
        components?.user = nil
        components?.password = nil
        var text = "\(request.method.rawValue) \(components?.string ?? request.url.path)\n"
        if let body = request.body {
            let object = try? JSONSerialization.jsonObject(with: body)
            let laidOut = object.flatMap {
                try? JSONSerialization.data(withJSONObject: $0, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            }
            text += String(decoding: laidOut ?? body, as: UTF8.self) + "\n"
        }
        return text
    }
}
