import Hummingbird
import NIOCore

/// Reads the body of a write request whole before any route sees it: only JSON (a form for the OAuth
/// token endpoints), at most `maxBytes`.
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
        if OAuthRoutes.isOAuthPath(context.endpointPath ?? request.uri.path) {
            guard Self.mediaType(request.headers[.contentType]) == "application/x-www-form-urlencoded" else {
                throw APIError.bodyNotForm
            }
        } else {
            guard Self.mediaType(request.headers[.contentType]) == "application/json" else { throw APIError.bodyNotJSON }
        }
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

    /// The media type of a Content-Type header, without parameters such as a charset, in lower case.
    private static func mediaType(_ contentType: String?) -> String? {
        contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }
}
