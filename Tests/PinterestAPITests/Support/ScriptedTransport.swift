import Foundation
import PinterestAPI

/// A transport that plays back a script of responses and failures and records every request.
actor ScriptedTransport: HTTPTransport {
    enum Step: Sendable {
        case respond(HTTPResponse)
        case fail(TransportFailure)
        /// Never answers: waits until the attempt is cancelled.
        case hang
    }

    private var script: [Step]
    private(set) var requests: [HTTPRequest] = []
    private(set) var isShutDown = false

    /// `script` is played in order; once it runs out, the last step repeats.
    init(_ script: [Step]) {
        precondition(!script.isEmpty)
        self.script = script
    }

    init(status: Int = 200, json: String = "{}", headers: [(name: String, value: String)] = []) {
        self.init([.respond(.json(json, status: status, headers: headers))])
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        let step = script.count > 1 ? script.removeFirst() : script[0]
        switch step {
        case .respond(let response):
            return response
        case .fail(let failure):
            throw failure
        case .hang:
            try await Task.sleep(for: .seconds(3600))
            throw CancellationError()
        }
    }

    func shutdown() async throws {
        isShutDown = true
    }

    var requestCount: Int { requests.count }

    var lastRequest: HTTPRequest? { requests.last }
}

extension HTTPResponse {
    static func json(_ text: String, status: Int = 200, headers: [(name: String, value: String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: headers + [("Content-Type", "application/json")], body: Data(text.utf8))
    }

    static func error(_ status: Int, code: Int, message: String, headers: [(name: String, value: String)] = []) -> HTTPResponse {
        json(#"{"code": \#(code), "message": "\#(message)"}"#, status: status, headers: headers)
    }
}

/// Records the waits a retry policy asks for, without spending them.
final class SleepRecorder: Sendable {
    private let waits = LockedValue<[Duration]>([])

    var recorded: [Duration] { waits.value }

    var sleep: @Sendable (Duration) async throws -> Void {
        { [waits] duration in
            waits.mutate { $0.append(duration) }
            try Task.checkCancellation()
        }
    }
}

/// A value shared between tasks behind a lock.
final class LockedValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func mutate(_ change: (inout Value) -> Void) {
        lock.withLock { change(&stored) }
    }
}

enum TestClient {
    static let token = "pina_SECRET_TEST_TOKEN_123"

    /// A client on `transport` whose retries are recorded by `sleeper` instead of slept.
    static func make(
        _ transport: ScriptedTransport, sleeper: SleepRecorder = SleepRecorder(), maxAttempts: Int = 4,
        timeout: Duration = .seconds(5), baseURL: URL = ClientConfiguration.localBaseURL(port: 8080)
    ) -> PinterestClient {
        let policy = RetryPolicy(maxAttempts: maxAttempts, sleep: sleeper.sleep)
        let configuration = ClientConfiguration(
            baseURL: baseURL, accessToken: token, requestTimeout: timeout, retryPolicy: policy)
        return PinterestClient(configuration: configuration, transport: transport)
    }
}

/// Waits until `condition` holds, checking every few milliseconds, or fails after `timeout`: a bound on
/// "never", generous because tests sharing a loaded machine can wait seconds for a thread.
func waitUntil(timeout: Duration = .seconds(30), _ condition: @Sendable () async -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if await condition() { return true }
        try await Task.sleep(for: .milliseconds(5))
    }
    return await condition()
}
