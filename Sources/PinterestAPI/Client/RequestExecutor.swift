import Foundation
import Logging

/// Sends one operation: builds the request, enforces the timeout, retries by the policy, and
/// turns every failure into a `PinterestError`.
struct RequestExecutor: Sendable {
    let configuration: ClientConfiguration
    let transport: any HTTPTransport

    /// The successful (2xx) response of `operation`.
    func perform(
        _ operation: OperationDescriptor, path: [String: String], query: QueryParameters, body: Data?
    ) async throws -> HTTPResponse {
        let request = makeRequest(operation, path: path, query: query, body: body)
        let policy = configuration.retryPolicy
        let logger = configuration.logger
        var attemptNumber = 1
        while true {
            try Task.checkCancellation()
            logger.debug("request", metadata: [
                "operation": "\(operation.id)", "method": "\(operation.method.rawValue)",
                "path": "\(request.url.path)", "attempt": "\(attemptNumber)",
            ])
            let failure: Failure
            switch try await attempt(request, operation: operation) {
            case .success(let response):
                logger.debug("response", metadata: ["operation": "\(operation.id)", "status": "\(response.status)"])
                return response
            case .failure(let error):
                failure = error
            }
            guard failure.retryable, attemptNumber < policy.maxAttempts else { throw failure.error }
            let delay: Duration
            if let serverDelay = failure.serverDelay {
                guard serverDelay <= policy.maxServerDelay else { throw failure.error }
                delay = serverDelay
            } else {
                delay = policy.backoff(retry: attemptNumber)
            }
            logger.debug("retrying", metadata: [
                "operation": "\(operation.id)", "status": "\(failure.error.status.map(String.init) ?? "-")",
                "delay": "\(delay)",
            ])
            try await policy.sleep(delay)
            attemptNumber += 1
        }
    }

    /// A failed attempt: the error to report, whether another attempt may help, and how long
    /// the server asked to wait.
    private struct Failure: Error {
        var error: PinterestError
        var retryable: Bool
        var serverDelay: Duration? { error.retryAfter }
    }

    private func makeRequest(
        _ operation: OperationDescriptor, path: [String: String], query: QueryParameters, body: Data?
    ) -> HTTPRequest {
        var components = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false)!
        components.percentEncodedPath = components.percentEncodedPath.trimmingSuffix("/") + operation.path(path)
        let encodedQuery = query.percentEncoded
        components.percentEncodedQuery = encodedQuery.isEmpty ? nil : encodedQuery
        var headers: [(name: String, value: String)] = [
            ("Authorization", "Bearer \(configuration.accessToken)"),
            ("Accept", "application/json"),
        ]
        if body != nil { headers.append(("Content-Type", "application/json")) }
        return HTTPRequest(
            method: operation.method, url: components.url!, headers: headers, body: body,
            timeout: configuration.requestTimeout)
    }

    /// One attempt, bounded by the request timeout whatever the transport does.
    /// Throws only `CancellationError`; every other outcome is a response or a `Failure`.
    private func attempt(_ request: HTTPRequest, operation: OperationDescriptor) async throws -> Result<HTTPResponse, Failure> {
        do {
            let response = try await withThrowingTaskGroup(of: HTTPResponse?.self) { group in
                group.addTask { try await transport.send(request) }
                group.addTask {
                    try await Task.sleep(for: request.timeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let response = first else {
                    throw TransportFailure.timedOut
                }
                return response
            }
            if (200..<300).contains(response.status) { return .success(response) }
            return .failure(httpFailure(response, operation: operation))
        } catch let failure as TransportFailure {
            return .failure(transportFailure(failure, operation: operation))
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            // A transport that throws something else: treat it as a dropped connection.
            return .failure(transportFailure(.connectionLost("\(error)"), operation: operation))
        }
    }

    private func httpFailure(_ response: HTTPResponse, operation: OperationDescriptor) -> Failure {
        let body = try? JSONDecoder().decode(APIErrorBody.self, from: response.body)
        let status = response.status
        let message = body?.message ?? body?.messageDetail
            ?? String(data: response.body.prefix(200), encoding: .utf8).flatMap { $0.isEmpty ? nil : $0 }
            ?? "HTTP \(status)"
        let retryable = status == 429 || (status >= 500 && operation.method.isIdempotent)
        let error = PinterestError(
            kind: .http, status: status, code: body?.code, message: redact(message), operation: operation.id,
            documentedMeaning: operation.errorMeanings[status], requiredScopes: operation.requiredScopes,
            retryAfter: status == 429 || status >= 500 ? ServerDelay.parse(response) : nil)
        return Failure(error: error, retryable: retryable)
    }

    private func transportFailure(_ failure: TransportFailure, operation: OperationDescriptor) -> Failure {
        switch failure {
        case .timedOut:
            return Failure(
                error: PinterestError(
                    kind: .timedOut,
                    message: "no answer within \(configuration.requestTimeout)", operation: operation.id,
                    mayHaveBeenApplied: !operation.method.isIdempotent),
                retryable: operation.method.isIdempotent)
        case .notConnected(let reason):
            return Failure(
                error: PinterestError(kind: .network, message: redact(reason), operation: operation.id),
                retryable: true)
        case .connectionLost(let reason):
            return Failure(
                error: PinterestError(
                    kind: .network, message: redact(reason), operation: operation.id,
                    mayHaveBeenApplied: !operation.method.isIdempotent),
                retryable: operation.method.isIdempotent)
        }
    }

    /// Removes the access token from text that came from elsewhere, in case it was echoed.
    private func redact(_ text: String) -> String {
        let token = configuration.accessToken
        return token.isEmpty ? text : text.replacingOccurrences(of: token, with: "<redacted>")
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
