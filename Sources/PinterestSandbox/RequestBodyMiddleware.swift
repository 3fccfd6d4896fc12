import Hummingbird
import NIOCore

/// Reads the body of a write request whole before any route sees it: only JSON, at most `maxBytes`.
/// A body that cannot be read (broken chunked encoding) is a 400, a larger one a 413; both close the
/// connection, since the rest of what the client sends cannot be trusted to start a new request.
struct RequestBodyMiddleware: RouterMiddleware {
    let maxBytes: Int

    func handle(
        _ request: Request, context: SandboxRequestContext, next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        guard [.post, .patch, .put].contains(request.method), Self.hasBody(request) else {
            return try await next(request, context)
        }
        guard Self.isJSON(request.headers[.contentType]) else { throw APIError.bodyNotJSON }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > maxBytes {
            throw APIError.bodyTooLarge(limit: maxBytes)
        }
        var request = request
        do {
            request.body = .init(buffer: try await request.body.collect(upTo: maxBytes))
        } catch is NIOTooManyBytesError {
            throw APIError.bodyTooLarge(limit: maxBytes)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw APIError.malformedRequest
        }
        return try await next(request, context)
    }

    private static func hasBody(_ request: Request) -> Bool {
        request.headers[.transferEncoding] != nil || request.headers[.contentLength].map { $0 != "0" } ?? false
    }

    /// `application/json`, with or without parameters such as a charset.
    private static func isJSON(_ contentType: String?) -> Bool {
        guard let mediaType = contentType?.split(separator: ";").first else { return false }
        return mediaType.trimmingCharacters(in: .whitespaces).lowercased() == "application/json"
    }
}
