import Hummingbird

/// Checks the optional `ad_account_id` query parameter most operations take (`^\d+$`, at most 18 digits).
struct AdAccountParameterMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: SandboxRequestContext, next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        if let adAccount = QueryParameters(request).string("ad_account_id") {
            _ = try Validate.id(adAccount, field: "ad_account_id")
            try Validate.length(adAccount, field: "ad_account_id", max: 18)
        }
        return try await next(request, context)
    }
}
