import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The production transport, on AsyncHTTPClient.
public final class AsyncHTTPClientTransport: HTTPTransport {
    /// Responses larger than this are refused rather than buffered.
    public static let maximumBodySize = 32 * 1024 * 1024

    private let client: HTTPClient

    public init() {
        client = HTTPClient(eventLoopGroupProvider: .singleton)
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for header in request.headers {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        let timeout = TimeAmount.nanoseconds(Int64(request.timeout.components.seconds) * 1_000_000_000
            + request.timeout.components.attoseconds / 1_000_000_000)
        do {
            let response = try await client.execute(outgoing, timeout: timeout)
            let body = try await response.body.collect(upTo: Self.maximumBodySize)
            return HTTPResponse(
                status: Int(response.status.code),
                headers: response.headers.map { (name: $0.name, value: $0.value) },
                body: Data(body.readableBytesView))
        } catch let error as HTTPClientError {
            throw Self.failure(for: error)
        } catch is CancellationError {
            throw CancellationError()
        } catch ChannelError.connectTimeout {
            throw TransportFailure.notConnected("connect timed out")
        } catch {
            throw TransportFailure.connectionLost(String(describing: error))
        }
    }

    public func shutdown() async throws {
        try await client.shutdown()
    }

    private static func failure(for error: HTTPClientError) -> Error {
        switch error {
        case .deadlineExceeded, .readTimeout, .writeTimeout:
            return TransportFailure.timedOut
        case .cancelled:
            return CancellationError()
        case .connectTimeout, .invalidURL, .emptyHost, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout:
            return TransportFailure.notConnected(String(describing: error))
        default:
            return TransportFailure.connectionLost(String(describing: error))
        }
    }
}
