import Hummingbird

/// Requires `Authorization: Bearer <token>` of API calls. Without OAuth configured: any non-empty token,
/// or exactly the configured one. With OAuth: the configured token, or one the sandbox issued, unexpired
/// and granted every scope the route needs (else 401 code 3, as Pinterest answers).
struct BearerAuthMiddleware: RouterMiddleware {
    let requiredToken: String?
    let authority: OAuthAuthority?

    func handle(
        _ request: Request, context: SandboxRequestContext, next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        let path = context.endpointPath ?? request.uri.path
        // Sign-in pages and pictures are not API calls: an image host takes no token.
        if OAuthRoutes.isOAuthPath(path) || SandboxImageURL.isImagePath(request.uri.path) {
            return try await next(request, context)
        }
        let header = request.headers[.authorization] ?? ""
        let prefix = "Bearer "
        guard header.count > prefix.count, header.lowercased().hasPrefix(prefix.lowercased()) else {
            throw APIError.authenticationFailed
        }
        let token = header.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty else { throw APIError.authenticationFailed }
        if token == requiredToken { return try await next(request, context) }
        guard let authority else {
            guard requiredToken == nil else { throw APIError.authenticationFailed }
            return try await next(request, context)
        }
        guard case .valid(let granted) = await authority.check(accessToken: token) else {
            throw APIError.authenticationFailed
        }
        let route = SandboxServer.countKey(method: request.method.rawValue, path: context.endpointPath ?? "")
        guard RequiredScopes.forRoute(route).allSatisfy(granted.contains) else { throw APIError.insufficientScopes }
        return try await next(request, context)
    }
}
