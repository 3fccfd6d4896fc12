import Hummingbird

/// Requires `Authorization: Bearer <token>`: any non-empty token, or exactly the configured one.
struct BearerAuthMiddleware: RouterMiddleware {
    let requiredToken: String?

    func handle(
        _ request: Request, context: SandboxRequestContext, next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        let header = request.headers[.authorization] ?? ""
        let prefix = "Bearer "
        guard header.count > prefix.count, header.lowercased().hasPrefix(prefix.lowercased()) else {
            throw APIError.authenticationFailed
        }
        let token = header.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty, requiredToken == nil || requiredToken == token else { throw APIError.authenticationFailed }
        return try await next(request, context)
    }
}
