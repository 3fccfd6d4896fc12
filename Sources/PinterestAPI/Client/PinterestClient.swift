import Foundation
import Logging

/// The async Pinterest API v5 client: one method per operation (in the `PinterestClient+…`
/// files), retries with backoff, documented error meanings, and pagination.
public final class PinterestClient: Sendable {
    /// The largest `page_size` the API accepts; the default for the `…Pages` sequences.
    public static let maximumPageSize = 250

    public let configuration: ClientConfiguration
    private let transport: any HTTPTransport
    let executor: RequestExecutor

    public init(configuration: ClientConfiguration, transport: any HTTPTransport) {
        self.configuration = configuration
        self.transport = transport
        self.executor = RequestExecutor(configuration: configuration, transport: transport)
    }

    /// A client on AsyncHTTPClient.
    public convenience init(configuration: ClientConfiguration) {
        self.init(configuration: configuration, transport: AsyncHTTPClientTransport())
    }

    /// Releases the transport's connections. Call once, when done with the client.
    public func shutdown() async throws {
        try await transport.shutdown()
    }

    // MARK: Helpers used by the operation methods

    /// Sends an operation and decodes its JSON response. Without `body` (`Never` stands for
    /// "no body type") the request has none.
    func call<Response: Decodable>(
        _ operation: OperationDescriptor, path: [String: String] = [:], query: QueryParameters = .init(),
        body: (some Encodable)? = Optional<Never>.none
    ) async throws -> Response {
        let response = try await executor.perform(operation, path: path, query: query, body: try encode(body, for: operation))
        return try decode(Response.self, from: response, of: operation)
    }

    /// Sends a list operation and returns its page undecoded, with its bookmark read (see `FetchedPage`).
    func fetchPage<Item: Decodable & Sendable>(
        _ operation: OperationDescriptor, path: [String: String] = [:], query: QueryParameters = .init()
    ) async throws -> FetchedPage<Item> {
        let response = try await executor.perform(operation, path: path, query: query, body: nil)
        guard let bookmark = PageBookmarkScanner.bookmark(in: response.body) else {
            // Not an object the scanner reads: decoding it whole tells the bookmark, or the error.
            let page = try decode(Page<Item>.self, from: response, of: operation)
            return FetchedPage(bookmark: page.bookmark) { page.items }
        }
        return FetchedPage(bookmark: bookmark) { [self] in
            try decode(Page<Item>.self, from: response, of: operation).items
        }
    }

    private func decode<Response: Decodable>(
        _ type: Response.Type, from response: HTTPResponse, of operation: OperationDescriptor
    ) throws -> Response {
        // A page of pins is read by the fast reader when it can; JSONDecoder decodes what it leaves.
        if Response.self == Page<Pin>.self, let page = PinPageReader.page(from: response.body) as? Response {
            return page
        }
        do {
            return try PinterestJSON.makeDecoder().decode(Response.self, from: response.body)
        } catch {
            let description = executor.redactor.redact(Self.describe(error))
            configuration.logger.debug(
                "undecodable response", metadata: ["operation": "\(operation.id)", "error": "\(description)"])
            throw PinterestError(
                kind: .decoding, status: response.status,
                message: "could not read the \(operation.id) response: \(description)", operation: operation.id)
        }
    }

    /// Sends an operation whose success response has no body (deletes: 204).
    func callWithoutResponse(
        _ operation: OperationDescriptor, path: [String: String] = [:], query: QueryParameters = .init()
    ) async throws {
        _ = try await executor.perform(operation, path: path, query: query, body: nil)
    }

    /// The `ad_account_id` query most operations accept.
    static func adAccount(_ adAccountId: String?) -> QueryParameters {
        var query = QueryParameters()
        query.add("ad_account_id", adAccountId)
        return query
    }

    private func encode(_ body: (some Encodable)?, for operation: OperationDescriptor) throws -> Data? {
        guard let body else { return nil }
        do {
            return try PinterestJSON.makeEncoder().encode(body)
        } catch {
            throw PinterestError(
                kind: .decoding,
                message: "could not encode the \(operation.id) request: \(executor.redactor.redact("\(error)"))",
                operation: operation.id)
        }
    }

    /// A short description of a decoding error: what was wrong, and where.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        let (context, what): (DecodingError.Context, String) = switch error {
        case .typeMismatch(let type, let context): (context, "expected \(type)")
        case .valueNotFound(let type, let context): (context, "missing \(type) value")
        case .keyNotFound(let key, let context): (context, "missing key \(key.stringValue)")
        case .dataCorrupted(let context): (context, context.debugDescription)
        @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "\(error)")
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? what : "\(what) at \(path)"
    }
}
