import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The production transport, on AsyncHTTPClient.
public final class AsyncHTTPClientTransport: HTTPTransport {
    /// Responses larger than this are refused rather than buffered.
    public static let maximumBodySize = 32 * 1024 * 1024

    private let client: HTTPClient

    /// Connection failures are reported at once rather than retried inside AsyncHTTPClient, so the
    /// client's own retry policy (and its rule for writes) decides what happens next. Redirects are
    /// answers, not followed: the API never redirects, and a sign-in reads its redirect's address.
    /// Up to 16 connections per host (AsyncHTTPClient's default is 8), one for each request an export
    /// keeps in flight.
    public init(connectTimeout: Duration = .seconds(10)) {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 16
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = Self.timeAmount(connectTimeout)
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        // AsyncHTTPClient traps (a fatal error, not a thrown one) on a port that does not fit 16 bits.
        if let port = request.url.port, !(1...65535).contains(port) {
            throw TransportFailure.failed(.invalidURL, detail: "the port \(port) is out of range (1-65535)")
        }
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for header in request.headers {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        do {
            let response = try await client.execute(outgoing, timeout: Self.timeAmount(request.timeout))
            let body = try await response.body.collect(upTo: Self.maximumBodySize)
            return HTTPResponse(
                status: Int(response.status.code),
                headers: response.headers.map { (name: $0.name, value: $0.value) },
                body: Data(body.readableBytesView))
        } catch {
            throw Self.failure(for: error)
        }
    }

    public func shutdown() async throws {
        try await client.shutdown()
    }

    private static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
