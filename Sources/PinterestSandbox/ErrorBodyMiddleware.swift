import Hummingbird

/// Turns every error into Pinterest's error body, including the router's own (unknown path, wrong method).
struct ErrorBodyMiddleware: RouterMiddleware {
    func handle(
        _ request: Request, context: SandboxRequestContext, next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as any HTTPResponseError {
            throw APIError(status: error.status, code: Int(error.status.code), message: error.status.reasonPhrase)
        } catch is CancellationError {
            throw APIError(status: .serviceUnavailable, code: 503, message: "Service unavailable.")
        } catch let error as ConnectionDropped {
            throw error
        } catch {
            throw APIError(status: .internalServerError, code: 500, message: "Internal error: \(error)")
        }
    }
}
