import Foundation
import PinterestAPI
import Testing

/// Retries with a scripted transport; waits are recorded, not slept (except for cancellation).
struct RetryTests {
    private static let board = HTTPResponse.json(#"{"id": "1", "name": "B"}"#)
    private static let rateLimited = HTTPResponse.error(429, code: 8, message: "This request exceeded a rate limit.")
    private static let unavailable = HTTPResponse.error(503, code: 503, message: "Service unavailable")

    @Test func rateLimitResetIsHonoured() async throws {
        let transport = ScriptedTransport([
            .respond(.error(429, code: 8, message: "slow down", headers: [("X-RateLimit-Reset", "7")])),
            .respond(Self.board),
        ])
        let sleeper = SleepRecorder()
        let board = try await TestClient.make(transport, sleeper: sleeper).boardsGet(boardId: "1")
        #expect(board.name == "B")
        #expect(sleeper.recorded == [.seconds(7)])
        #expect(await transport.requestCount == 2)
    }

    @Test func retryAfterTakesPrecedence() async throws {
        let transport = ScriptedTransport([
            .respond(.error(429, code: 8, message: "slow", headers: [("Retry-After", "2"), ("X-RateLimit-Reset", "30")])),
            .respond(Self.board),
        ])
        let sleeper = SleepRecorder()
        _ = try await TestClient.make(transport, sleeper: sleeper).boardsGet(boardId: "1")
        #expect(sleeper.recorded == [.seconds(2)])
    }

    @Test func rateLimitedWriteIsRetried() async throws {
        let transport = ScriptedTransport([.respond(Self.rateLimited), .respond(.json(#"{"id": "1", "name": "B"}"#, status: 201))])
        let sleeper = SleepRecorder()
        _ = try await TestClient.make(transport, sleeper: sleeper).boardsCreate(.init(name: "B"))
        #expect(await transport.requestCount == 2)
        #expect(sleeper.recorded.count == 1)
    }

    @Test func serverErrorsAreRetriedWithGrowingBackoffThenSucceed() async throws {
        let transport = ScriptedTransport([.respond(Self.unavailable), .respond(Self.unavailable), .respond(Self.board)])
        let sleeper = SleepRecorder()
        _ = try await TestClient.make(transport, sleeper: sleeper).boardsGet(boardId: "1")
        #expect(await transport.requestCount == 3)
        let waits = sleeper.recorded
        #expect(waits.count == 2)
        // Default policy: 500 ms doubling, jittered between half and all of it.
        #expect(waits[0] >= .milliseconds(250) && waits[0] <= .milliseconds(500))
        #expect(waits[1] >= .milliseconds(500) && waits[1] <= .milliseconds(1000))
    }

    @Test func attemptsAreBounded() async throws {
        let transport = ScriptedTransport([.respond(Self.unavailable)])
        let sleeper = SleepRecorder()
        let error = await #expect(throws: PinterestError.self) {
            try await TestClient.make(transport, sleeper: sleeper, maxAttempts: 3).pinsGet(pinId: "1")
        }
        #expect(error?.status == 503)
        #expect(error?.isRetryable == true)
        #expect(await transport.requestCount == 3)
        #expect(sleeper.recorded.count == 2)
    }

    @Test func longResetIsReportedNotSlept() async throws {
        let transport = ScriptedTransport([.respond(.error(429, code: 8, message: "Daily limit", headers: [("X-RateLimit-Reset", "67150")]))])
        let sleeper = SleepRecorder()
        let error = await #expect(throws: PinterestError.self) {
            try await TestClient.make(transport, sleeper: sleeper).boardsList()
        }
        #expect(error?.retryAfter == .seconds(67150))
        #expect(error?.userMessage.contains("rate limited: wait 67150 s") == true)
        #expect(sleeper.recorded.isEmpty)
        #expect(await transport.requestCount == 1)
    }

    @Test func resetGivenAsUnixTime() async throws {
        let reset = Int(Date().timeIntervalSince1970) + 20
        let transport = ScriptedTransport([
            .respond(.error(429, code: 8, message: "slow", headers: [("X-RateLimit-Reset", "\(reset)")])),
            .respond(Self.board),
        ])
        let sleeper = SleepRecorder()
        _ = try await TestClient.make(transport, sleeper: sleeper).boardsGet(boardId: "1")
        // Read as a moment 20 s ahead, not as a 1.7-billion-second wait; how much of the 20 s is left
        // depends on how long the test took to get here.
        let wait = try #require(sleeper.recorded.first)
        #expect(wait > .zero && wait <= .seconds(20))
    }

    @Test(arguments: [HTTPMethod.post, .patch])
    func writesAnsweredWithServerErrorAreNotRetried(method: HTTPMethod) async throws {
        let transport = ScriptedTransport([.respond(.error(500, code: 500, message: "Could not create a new board section.")), .respond(Self.board)])
        let sleeper = SleepRecorder()
        let client = TestClient.make(transport, sleeper: sleeper)
        let error = await #expect(throws: PinterestError.self) {
            if method == .post {
                _ = try await client.boardSectionsCreate(boardId: "1", .init(name: "S"))
            } else {
                _ = try await client.pinsUpdate(pinId: "1", .init(title: "T"))
            }
        }
        #expect(error?.status == 500)
        #expect(await transport.requestCount == 1)
        #expect(sleeper.recorded.isEmpty)
    }

    @Test func droppedConnectionOnWriteIsNotRetriedButOnDeleteIs() async throws {
        let post = ScriptedTransport([.fail(.failed(.reset, detail: "reset by peer")), .respond(Self.board)])
        let error = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(post).pinsCreate(.init(boardId: "1"))
        }
        #expect(error?.kind == .network)
        #expect(await post.requestCount == 1)

        let delete = ScriptedTransport([.fail(.failed(.reset, detail: "reset by peer")), .respond(.json("", status: 204))])
        try await TestClient.make(delete).pinsDelete(pinId: "1")
        #expect(await delete.requestCount == 2)
    }

    @Test func writeThatNeverConnectedIsRetried() async throws {
        let transport = ScriptedTransport([.fail(.failed(.refused, detail: "connection refused")), .respond(.json(#"{"id": "1"}"#, status: 201))])
        let pin = try await TestClient.make(transport).pinsCreate(.init(boardId: "1"))
        #expect(pin.id == "1")
        #expect(await transport.requestCount == 2)
    }

    @Test func hangingRequestTimesOutAndGetIsRetried() async throws {
        let transport = ScriptedTransport([.hang, .respond(Self.board)])
        let board = try await TestClient.make(transport, timeout: .milliseconds(50)).boardsGet(boardId: "1")
        #expect(board.id == "1")
        #expect(await transport.requestCount == 2)
    }

    @Test func timedOutWriteIsReportedNotRetried() async throws {
        let transport = ScriptedTransport([.hang])
        let error = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(transport, timeout: .milliseconds(50)).boardsCreate(.init(name: "B"))
        }
        #expect(error?.kind == .timedOut)
        #expect(error?.mayHaveBeenApplied == true)
        #expect(error?.isRetryable == false, "repeating a write that may have gone through could apply it twice")
        #expect(error?.userMessage.contains("may have gone through") == true)
        #expect(await transport.requestCount == 1)
    }

    @Test func transportTimeoutIsATimeoutError() async throws {
        let transport = ScriptedTransport([.fail(.timedOut)])
        let error = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(transport, maxAttempts: 2).boardsGet(boardId: "1")
        }
        #expect(error?.kind == .timedOut)
        #expect(await transport.requestCount == 2)
    }

    @Test func cancellationStopsTheBackoff() async throws {
        let transport = ScriptedTransport([.respond(Self.unavailable)])
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: .seconds(600), maxDelay: .seconds(600))
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: ClientConfiguration.localBaseURL(port: 1), accessToken: TestClient.token, retryPolicy: policy),
            transport: transport)
        let started = ContinuousClock.now
        let task = Task { try await client.boardsGet(boardId: "1") }
        #expect(try await waitUntil { await transport.requestCount == 1 })
        task.cancel()
        let result = await task.result
        #expect(throws: CancellationError.self) { try result.get() }
        #expect(ContinuousClock.now - started < .seconds(60))
        #expect(await transport.requestCount == 1)
    }

    @Test func clientErrorsAreNotRetried() async throws {
        let transport = ScriptedTransport([.respond(.error(404, code: 40, message: "Board not found."))])
        let sleeper = SleepRecorder()
        let error = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(transport, sleeper: sleeper).boardsGet(boardId: "1")
        }
        #expect(error?.code == 40)
        #expect(error?.isRetryable == false)
        #expect(await transport.requestCount == 1)
    }

    @Test func backoffIsCappedAndJittered() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(4))
        for retry in 1...10 {
            let ceiling = min(Duration.seconds(4), .seconds(1) * (1 << (retry - 1)))
            let wait = policy.backoff(retry: retry)
            #expect(wait >= ceiling / 2 && wait <= ceiling)
        }
    }
}
