import Hummingbird

/// Leaves out the body of every answer to `HEAD`, errors included: the router answers HEAD on a GET
/// route as that GET would (`autoGenerateHeadEndpoints`) but sends the body of an error, which the
/// client would read as the start of the next answer.
struct HeadRequestMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: SandboxRequestContext, next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        guard request.method == .head else { return try await next(request, context) }
        do {
            return try await next(request, context).createHeadResponse()
        } catch let error as any HTTPResponseError {
            return try error.response(from: request, context: context).createHeadResponse()
        }
    }
}
