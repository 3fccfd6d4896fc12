import Foundation

/// The HTTP methods the API uses.
public enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
    case patch = "PATCH"
    case delete = "DELETE"

    /// GET and DELETE can be repeated without changing the outcome; POST and PATCH cannot.
    public var isIdempotent: Bool { self == .get || self == .delete }
}

/// A request as the client hands it to a transport.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    public var url: URL
    /// Header names and values, including `Authorization`: a transport must never log them.
    public var headers: [(name: String, value: String)]
    public var body: Data?
    public var timeout: Duration

    public init(method: HTTPMethod, url: URL, headers: [(name: String, value: String)], body: Data?, timeout: Duration) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }

    /// The first value of a header, matched without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A response as a transport hands it back: any status, including errors.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, matched without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// How a request failed to produce a response. Transports throw these (or `CancellationError`).
public enum TransportFailure: Error, Sendable, Hashable {
    /// No response within the request's timeout; the server may have acted on the request.
    case timedOut
    /// No answer: `problem` says why in terms the client can explain; `detail` is the transport's own
    /// description of the error, for the log only (the client removes the token from it).
    case failed(ConnectionProblem, detail: String)
}

/// Sends HTTP requests: AsyncHTTPClient in the app, a scripted fake in tests.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
    /// Releases connections; called by `PinterestClient.shutdown()`.
    func shutdown() async throws
}
