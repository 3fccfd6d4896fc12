import Hummingbird

/// Counts requests by route and applies the configured faults before anything else. Pictures are counted
/// but never faulted: on Pinterest they come from another host, and a burst of 429s meant for API calls
/// must not be spent on them.
struct FaultMiddleware: RouterMiddleware {
    let injector: FaultInjector

    func handle(
        _ request: Request, context: SandboxRequestContext, next: (Request, SandboxRequestContext) async throws -> Response
    ) async throws -> Response {
        await injector.record(SandboxServer.countKey(method: request.method.rawValue, path: context.endpointPath ?? ""))
        if SandboxImageURL.isImagePath(request.uri.path) { return try await next(request, context) }
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

/// Thrown after the fault injector closed a connection; nothing more can be answered on it.
struct ConnectionDropped: Error {}
