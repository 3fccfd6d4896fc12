import GRDB
import Hummingbird
import Logging

/// Turns every error into Pinterest's error body, including the router's own (unknown path, wrong method).
/// An error the sandbox did not expect is logged and answered without its text, which can hold SQL,
/// type names or file paths.
struct ErrorBodyMiddleware: RouterMiddleware {
    let logger: Logger

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
        } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) {
            logger.warning("\(request.method) \(request.uri.path): database busy: \(error)")
            throw APIError(
                status: .serviceUnavailable, code: 503, message: "The sandbox's database is busy; try again.")
        } catch {
            logger.error("\(request.method) \(request.uri.path) failed: \(String(reflecting: error))")
            throw APIError.internalError
        }
    }
}
