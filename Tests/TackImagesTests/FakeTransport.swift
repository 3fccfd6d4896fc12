import Foundation
import PinterestAPI
import Synchronization

/// A transport that answers every request with one scripted response and keeps the requests it got.
final class FakeTransport: HTTPTransport {
    private let response: HTTPResponse
    private let cancelsCaller: Bool
    private let received = Mutex<[HTTPRequest]>([])

    /// `cancelsCaller`: the calling task is cancelled while the request is "in flight".
    init(response: HTTPResponse, cancelsCaller: Bool = false) {
        self.response = response
        self.cancelsCaller = cancelsCaller
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        received.withLock { $0.append(request) }
        if cancelsCaller { withUnsafeCurrentTask { $0?.cancel() } }
        return response
    }

    func shutdown() async throws {}

    var requests: [HTTPRequest] { received.withLock { $0 } }
}
