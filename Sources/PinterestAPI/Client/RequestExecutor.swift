import Foundation
import Logging

/// Sends one operation: checks the configuration, builds the request, enforces the timeout, retries
/// by the policy, and turns every failure into a `PinterestError` whose text a person can act on.
struct RequestExecutor: Sendable {
    let configuration: ClientConfiguration
    let transport: any HTTPTransport
    /// Removes the token from every error and log line the client produces.
    private(set) var redactor: TokenRedactor

    init(configuration: ClientConfiguration, transport: any HTTPTransport) {
        self.configuration = configuration
        self.transport = transport
        self.redactor = TokenRedactor(token: configuration.accessToken)
    }

    /// The successful (2xx) response of `operation`. A token or base URL that cannot be used is
    /// refused before anything is sent, with a `.invalidConfiguration` error.
    func perform(
        _ operation: OperationDescriptor, path: [String: String], query: QueryParameters, body: Data?
    ) async throws -> HTTPResponse {
        guard let source = configuration.tokenSource else {
            return try await perform(operation, path: path, query: query, body: body, token: configuration.accessToken)
        }
        let token = try await source.currentToken()
        do {
            return try await with(token).perform(operation, path: path, query: query, body: body, token: token)
        } catch let refusal as PinterestError where refusal.status == 401 && refusal.code != PinterestError.insufficientScopeCode {
            // Refused as invalid or expired: once, with a refreshed token, when there is one.
            guard let fresh = try await source.replacement(forRefused: token) else { throw refusal }
            return try await with(fresh).perform(operation, path: path, query: query, body: body, token: fresh)
        }
    }

    /// This executor sending (and redacting) `token`.
    private func with(_ token: String) -> RequestExecutor {
        var executor = self
        executor.redactor = TokenRedactor(token: token)
        return executor
    }

    private func perform(
        _ operation: OperationDescriptor, path: [String: String], query: QueryParameters, body: Data?, token: String
    ) async throws -> HTTPResponse {
        let request = try makeRequest(operation, path: path, query: query, body: body, token: token)
        let policy = configuration.retryPolicy
        let logger = configuration.logger
        var attemptNumber = 1
        while true {
            try Task.checkCancellation()
            logger.debug("request", metadata: [
                "operation": "\(operation.id)", "method": "\(operation.method.rawValue)",
                "path": "\(request.url.path)", "attempt": "\(attemptNumber)",
            ])
            await RequestObserver.current?.willSend(attemptNumber)
            let failure: Failure
            switch try await attempt(request, operation: operation) {
            case .success(let response):
                logger.debug("response", metadata: ["operation": "\(operation.id)", "status": "\(response.status)"])
                return response
            case .failure(let error):
                failure = error
            }
            logger.debug("attempt failed", metadata: [
                "operation": "\(operation.id)", "attempt": "\(attemptNumber)", "error": "\(failure.error)",
            ])
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
            await RequestObserver.current?.willRetry(delay, failure.error)
            try await policy.sleep(delay)
            attemptNumber += 1
        }
    }

    /// A failed attempt: the error to report (token removed), whether another attempt may help, and
    /// how long the server asked to wait.
    private struct Failure: Error {
        var error: PinterestError
        var retryable: Bool
        var serverDelay: Duration? { error.retryAfter }
    }

    private func makeRequest(
        _ operation: OperationDescriptor, path: [String: String], query: QueryParameters, body: Data?, token: String
    ) throws(PinterestError) -> HTTPRequest {
        if let problem = ClientConfiguration.tokenProblem(token)
            ?? ClientConfiguration.baseURLProblem(configuration.baseURL)
        {
            throw redactor.redact(PinterestError(kind: .invalidConfiguration, message: problem, operation: operation.id))
        }
        guard var components = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false) else {
            throw invalidURL(operation)
        }
        components.percentEncodedPath = components.percentEncodedPath.trimmingSuffix("/") + operation.path(path)
        let encodedQuery = query.percentEncoded
        components.percentEncodedQuery = encodedQuery.isEmpty ? nil : encodedQuery
        guard let url = components.url else { throw invalidURL(operation) }
        var headers: [(name: String, value: String)] = [
            ("Authorization", "Bearer \(token)"),
            ("Accept", "application/json"),
        ]
        if body != nil { headers.append(("Content-Type", "application/json")) }
        return HTTPRequest(method: operation.method, url: url, headers: headers, body: body, timeout: configuration.requestTimeout)
    }

    private func invalidURL(_ operation: OperationDescriptor) -> PinterestError {
        redactor.redact(PinterestError(
            kind: .invalidConfiguration, message: "\(configuration.baseURL.absoluteString) is not a usable API URL",
            operation: operation.id))
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
            return .failure(redacted(httpFailure(response, request: request, operation: operation)))
        } catch let failure as TransportFailure {
            return .failure(redacted(transportFailure(failure, operation: operation)))
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            // A transport that throws something else: treat it as a dropped connection.
            let failure = TransportFailure.failed(.other, detail: String(describing: error))
            return .failure(redacted(transportFailure(failure, operation: operation)))
        }
    }

    private func redacted(_ failure: Failure) -> Failure {
        Failure(error: redactor.redact(failure.error), retryable: failure.retryable)
    }

    private func httpFailure(_ response: HTTPResponse, request: HTTPRequest, operation: OperationDescriptor) -> Failure {
        let body = try? JSONDecoder().decode(APIErrorBody.self, from: response.body)
        let status = response.status
        if status == 404 && operation == .userAccountGet {
            return Failure(error: notAnAPIRoot(request, body: body), retryable: false)
        }
        let message = body?.message ?? body?.messageDetail
            ?? String(data: response.body.prefix(200), encoding: .utf8).flatMap { $0.isEmpty ? nil : $0 }
            ?? "HTTP \(status)"
        let retryable = status == 429 || (status >= 500 && operation.method.isIdempotent)
        let error = PinterestError(
            kind: .http, status: status, code: body?.code, message: message, operation: operation.id,
            documentedMeaning: operation.meaning(ofStatus: status), requiredScopes: operation.requiredScopes,
            retryAfter: status == 429 || status >= 500 ? ServerDelay.parse(response) : nil)
        return Failure(error: error, retryable: retryable)
    }

    /// The account call exists at every Pinterest API root, so a 404 there means the base URL is wrong.
    private func notAnAPIRoot(_ request: HTTPRequest, body: APIErrorBody?) -> PinterestError {
        PinterestError(
            kind: .invalidConfiguration, status: 404, code: body?.code,
            message: "\(configuration.baseURL.absoluteString) does not look like a Pinterest API root "
                + "(GET \(request.url.path) answered 404 Not Found): check the API URL, which ends in /v5",
            operation: OperationDescriptor.userAccountGet.id)
    }

    /// A failure without an answer, as a sentence naming `host:port`. A failure to connect says what to
    /// check; a lost answer or timeout of a GET or DELETE adds "try again"; one of a POST or PATCH may
    /// have been applied, and `PinterestError` adds the advice to check first.
    private func transportFailure(_ failure: TransportFailure, operation: OperationDescriptor) -> Failure {
        let idempotent = operation.method.isIdempotent
        let endpoint = configuration.endpoint
        switch failure {
        case .timedOut:
            let waited = "No answer from \(endpoint) within \(Self.describe(configuration.requestTimeout))"
            return Failure(
                error: PinterestError(
                    kind: .timedOut, message: idempotent ? "\(waited): try again" : waited, operation: operation.id,
                    mayHaveBeenApplied: !idempotent),
                retryable: idempotent)
        case .failed(let problem, let detail) where problem.isConfigurationMistake:
            return Failure(
                error: PinterestError(
                    kind: .invalidConfiguration, message: problem.sentence(endpoint: endpoint), operation: operation.id,
                    technicalDetail: detail),
                retryable: false)
        case .failed(let problem, let detail):
            let safeToRepeat = problem.requestNeverSent || idempotent
            let sentence = problem.sentence(endpoint: endpoint)
            return Failure(
                error: PinterestError(
                    kind: .network, message: problem.requestNeverSent || !idempotent ? sentence : "\(sentence): try again",
                    operation: operation.id, mayHaveBeenApplied: !safeToRepeat, technicalDetail: detail),
                retryable: safeToRepeat)
        }
    }

    /// A timeout as people say it: "200 ms", "30 s".
    private static func describe(_ duration: Duration) -> String {
        let milliseconds = duration / .milliseconds(1)
        return milliseconds < 1000 || milliseconds.truncatingRemainder(dividingBy: 1000) != 0
            ? "\(Int(milliseconds.rounded())) ms" : "\(Int(milliseconds / 1000)) s"
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
