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

/// Thrown after the fault injector closed a connection; nothing more can be answered on it.
struct ConnectionDropped: Error {}

/// Counts requests by route and applies the configured faults before anything else.
struct FaultMiddleware: RouterMiddleware {
    let injector: FaultInjector

    func handle(
        _ request: Request, context: SandboxRequestContext, next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        await injector.record(SandboxServer.countKey(method: request.method.rawValue, path: context.endpointPath ?? ""))
        let latency = await injector.latency
        if latency > .zero { try await Task.sleep(for: latency) }
        let isWrite = [.post, .patch, .delete, .put].contains(request.method)
        switch await injector.decide(isWrite: isWrite) {
        case .none:
            return try await next(request, context)
        case .dropConnection:
            try await context.channel.close()
            throw ConnectionDropped()
        case .rateLimited(let resetSeconds):
            throw APIError.rateLimited(resetSeconds: resetSeconds)
        case .serverError(let code):
            throw APIError(
                status: .init(code: code), code: code, message: "The sandbox was asked to fail this request (\(code)).")
        }
    }
}

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
