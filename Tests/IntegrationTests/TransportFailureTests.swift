import Foundation
import PinterestAPI
import PinterestSandbox
import Testing

/// What the real client (on AsyncHTTPClient) reports when the connection itself fails, against real
/// loopback conditions: a sentence naming host and port and what to do, never the transport's internals,
/// which stay in `technicalDetail` for the log.
@Suite struct TransportFailureTests {
    /// Runs `body` with a real client on `baseURL`, short backoff, then shuts the client down.
    private func withClient(
        _ baseURL: String, timeout: Duration = .seconds(10), maxAttempts: Int = 2,
        _ body: (PinterestClient) async throws -> Void
    ) async throws {
        let policy = RetryPolicy(maxAttempts: maxAttempts, baseDelay: .milliseconds(10), maxDelay: .milliseconds(20))
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: try #require(URL(string: baseURL)), accessToken: Integration.token, requestTimeout: timeout,
                retryPolicy: policy))
        do {
            try await body(client)
        } catch {
            try await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    /// No transport vocabulary, no unbalanced brackets, no token; the detail for the log is kept.
    private func expectReadable(_ error: PinterestError, sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = error.userMessage
        for word in ["HTTPClientError", "errno", "NIO", "SSL", "Error", "error set", "Domain", Integration.token] {
            #expect(!shown.contains(word), "\(shown)", sourceLocation: sourceLocation)
        }
        #expect(shown.filter { $0 == "(" }.count == shown.filter { $0 == ")" }.count, "\(shown)", sourceLocation: sourceLocation)
        #expect(error.technicalDetail?.isEmpty == false, sourceLocation: sourceLocation)
    }

    @Test func closedPortIsAConnectionRefusedWithAQuestion() async throws {
        let port = try LoopbackListener.closedPort()
        try await withClient("http://127.0.0.1:\(port)/v5") { client in
            let error = try await expectPinterestError { try await client.boardsCreate(BoardCreate(name: "B")) }
            #expect(error.kind == .network)
            #expect(error.userMessage == "Could not connect to 127.0.0.1:\(port): connection refused. Is the server running?")
            #expect(error.isRetryable, "nothing was sent, so even a write may be repeated")
            expectReadable(error)
        }
    }

    @Test func connectionClosedBeforeTheAnswerOfAGet() async throws {
        let listener = try LoopbackListener(.closeAfterRequest)
        defer { listener.stop() }
        try await withClient("http://127.0.0.1:\(listener.port)/v5") { client in
            let error = try await expectPinterestError { try await client.userAccountGet() }
            #expect(error.kind == .network)
            #expect(error.userMessage == "The connection to 127.0.0.1:\(listener.port) closed before the answer arrived: try again")
            #expect(error.isRetryable)
            expectReadable(error)
        }
    }

    @Test func connectionClosedBeforeTheAnswerOfAWriteMayHaveApplied() async throws {
        let listener = try LoopbackListener(.closeAfterRequest)
        defer { listener.stop() }
        try await withClient("http://127.0.0.1:\(listener.port)/v5") { client in
            let error = try await expectPinterestError { try await client.boardsCreate(BoardCreate(name: "B")) }
            #expect(error.mayHaveBeenApplied)
            #expect(!error.isRetryable)
            #expect(error.userMessage == "The connection to 127.0.0.1:\(listener.port) closed before the answer arrived "
                + "(the change may have gone through: reload to check before trying again)")
            expectReadable(error)
        }
    }

    @Test func connectionClosedAtOnceIsClosedOrReset() async throws {
        let listener = try LoopbackListener(.closeAtOnce)
        defer { listener.stop() }
        try await withClient("http://127.0.0.1:\(listener.port)/v5") { client in
            let error = try await expectPinterestError { try await client.boardsList() }
            let endpoint = "127.0.0.1:\(listener.port)"
            #expect([
                "The connection to \(endpoint) closed before the answer arrived: try again",
                "The connection to \(endpoint) was reset before the answer arrived: try again",
            ].contains(error.userMessage), "\(error)")
            expectReadable(error)
        }
    }

    @Test func httpsToAPlainHTTPServerSaysToUseHTTP() async throws {
        try await Integration.run { world in
            try await withClient("https://\(world.endpoint)/v5", maxAttempts: 3) { client in
                let error = try await expectPinterestError { try await client.userAccountGet() }
                #expect(error.kind == .invalidConfiguration)
                #expect(error.userMessage
                    == "\(world.endpoint) does not speak HTTPS (TLS handshake failed): use http:// for a local sandbox")
                #expect(!error.isRetryable)
                expectReadable(error)
            }
        }
    }

    @Test func serverThatNeverAnswersTimesOut() async throws {
        let listener = try LoopbackListener(.neverAnswer)
        defer { listener.stop() }
        try await withClient("http://127.0.0.1:\(listener.port)/v5", timeout: .milliseconds(300), maxAttempts: 1) { client in
            let get = try await expectPinterestError { try await client.boardsList() }
            #expect(get.kind == .timedOut)
            #expect(get.userMessage == "No answer from 127.0.0.1:\(listener.port) within 300 ms: try again")
            #expect(get.isRetryable)
            let write = try await expectPinterestError { try await client.boardsCreate(BoardCreate(name: "B")) }
            #expect(!write.isRetryable)
            #expect(write.userMessage == "No answer from 127.0.0.1:\(listener.port) within 300 ms "
                + "(the change may have gone through: reload to check before trying again)")
        }
    }

    @Test func unknownHostIsAHostNotFound() async throws {
        try await withClient("http://tack-no-such-host.invalid:8085/v5", maxAttempts: 1) { client in
            let error = try await expectPinterestError { try await client.userAccountGet() }
            #expect(error.kind == .network)
            #expect(error.userMessage
                == "Could not connect to tack-no-such-host.invalid:8085: the host name was not found. Check the API URL and the network")
            expectReadable(error)
        }
    }
}
