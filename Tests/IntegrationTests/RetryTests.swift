import PinterestAPI
import PinterestSandbox
import Testing

/// Retries over real HTTP with the sandbox injecting faults: what is repeated, what is not, and what
/// the caller finally sees. The sandbox counts the requests it received.
@Suite struct RetryTests {
    @Test func rateLimitBurstIsWaitedOutAsTheResetHeaderSays() async throws {
        let faults = FaultConfiguration(rateLimitBurst: 2, rateLimitResetSeconds: 1)
        try await Integration.run(SandboxConfiguration(faults: faults)) { world in
            let clock = ContinuousClock()
            let start = clock.now
            let account = try await world.client.userAccountGet()
            #expect(account.username == Demo.username)
            #expect(clock.now - start >= .seconds(2))
            #expect(await world.waits.recorded == [.seconds(1), .seconds(1)])
            #expect(await world.requests(.userAccountGet) == 3)
        }
    }

    @Test func rateLimitedWriteIsRetriedAndAppliedOnce() async throws {
        try await Integration.run(SandboxConfiguration(faults: FaultConfiguration(rateLimitBurst: 1))) { world in
            let board = try await world.client.boardsCreate(BoardCreate(name: "After the limit"))
            #expect(await world.requests(.boardsCreate) == 2)
            let boards = try await world.client.boardsListPages().allItems()
            #expect(boards.filter { $0.name == "After the limit" }.map(\.id) == [board.id])
        }
    }

    @Test func rateLimitResetBeyondTheClientsPatienceIsReportedNotSlept() async throws {
        let faults = FaultConfiguration(rateLimitBurst: 1, rateLimitResetSeconds: 120)
        try await Integration.run(SandboxConfiguration(faults: faults)) { world in
            let error = try await expectPinterestError { try await world.client.boardsList() }
            #expect(error.status == 429 && error.code == 8)
            #expect(error.retryAfter == .seconds(120))
            #expect(error.userMessage.contains("wait 120 s"))
            #expect(await world.waits.recorded.isEmpty)
            #expect(await world.requests(.boardsList) == 1)
        }
    }

    @Test func serverErrorOnAGetIsRetried() async throws {
        try await Integration.run(SandboxConfiguration(faults: FaultConfiguration(serverErrorRate: 1))) { world in
            await world.healFaultsWhileTheClientWaitsToRetry()
            let board = try await world.board(named: Demo.summerRecipes)
            #expect(board.pinCount == 64)
            #expect(await world.requests(.boardsList) == 2)
            #expect(await world.waits.recorded.count == 1)
        }
    }

    @Test func persistentServerErrorsOnAGetSurfaceAfterEveryAttempt() async throws {
        try await Integration.run(SandboxConfiguration(faults: FaultConfiguration(serverErrorRate: 1)), maxAttempts: 3) { world in
            let error = try await expectPinterestError { try await world.client.userAccountGet() }
            #expect(error.kind == .http)
            #expect([500, 502, 503].contains(error.status ?? 0))
            #expect(error.userMessage.contains("server error: try again"))
            #expect(await world.requests(.userAccountGet) == 3)
            #expect(await world.waits.recorded.count == 2)
        }
    }

    @Test func writeAnsweredWithAServerErrorIsNotRetried() async throws {
        try await Integration.run(SandboxConfiguration(faults: FaultConfiguration(failNextWrites: 1))) { world in
            let board = try await world.board(named: Demo.summerRecipes)
            let error = try await expectPinterestError {
                try await world.client.pinsCreate(
                    PinCreate(boardId: board.id, title: "Once", mediaSource: .imageURL(.init(url: "https://example.com/once.jpg"))))
            }
            #expect(error.status == 500 && error.code == 500)
            #expect(error.operation == "pins/create")
            #expect(await world.requests(.pinsCreate) == 1)
            #expect(await world.waits.recorded.isEmpty)
            #expect(try await world.client.boardsGet(boardId: board.id).pinCount == 64, "the failed write changed nothing")
        }
    }

    @Test func deleteAnsweredWithAServerErrorIsRetried() async throws {
        try await Integration.run(SandboxConfiguration(faults: FaultConfiguration(failNextWrites: 1))) { world in
            try await world.client.unverifyWebsiteDelete(website: "shop.tack.example.com")
            #expect(await world.requests(.unverifyWebsiteDelete) == 2, "DELETE is idempotent, so it is repeated")
            #expect(
                try await world.client.userWebsitesGetPages().allItems().map(\.website)
                    == Demo.websites.map(\.website).filter { $0 != "shop.tack.example.com" })
        }
    }

    @Test func droppedConnectionOnAGetIsRetried() async throws {
        try await Integration.run(SandboxConfiguration(faults: FaultConfiguration(dropConnectionRate: 1))) { world in
            await world.healFaultsWhileTheClientWaitsToRetry()
            let followers = try await world.client.followersList(pageSize: 250)
            #expect(followers.items.map(\.username).starts(with: Demo.firstFollowers))
            #expect(followers.items.count == 250, "a whole page came back")
            #expect(await world.requests(.followersList) == 2)
        }
    }

    @Test func droppedConnectionOnAPostIsNotRetried() async throws {
        try await Integration.run(SandboxConfiguration(faults: FaultConfiguration(dropConnectionRate: 1))) { world in
            let error = try await expectPinterestError {
                try await world.client.boardsCreate(BoardCreate(name: "Maybe created"))
            }
            #expect(error.kind == .network)
            #expect(await world.requests(.boardsCreate) == 1)
        }
    }

    @Test func writeThatTimesOutIsNotRetried() async throws {
        // The timeout leaves a loaded machine time to put the request on the wire; the latency outlasts it.
        let sandbox = SandboxConfiguration(faults: FaultConfiguration(latency: .seconds(3)))
        try await Integration.run(sandbox, requestTimeout: .seconds(1)) { world in
            let error = try await expectPinterestError { try await world.client.boardsCreate(BoardCreate(name: "Slow")) }
            #expect(error.kind == .timedOut)
            #expect(await world.waits.recorded.isEmpty, "no retry was scheduled")
            let received = await world.requests(.boardsCreate, atLeast: 1)
            #expect(received <= 1, "the server may still apply it: never sent twice (received \(received))")
        }
    }

    @Test func latencyBeyondTheClientTimeoutIsATimeout() async throws {
        let sandbox = SandboxConfiguration(faults: FaultConfiguration(latency: .seconds(2)))
        try await Integration.run(sandbox, requestTimeout: .milliseconds(200), maxAttempts: 1) { world in
            let clock = ContinuousClock()
            let start = clock.now
            let error = try await expectPinterestError { try await world.client.userAccountGet() }
            #expect(error.kind == .timedOut)
            #expect(error.isRetryable)
            #expect(error.userMessage == "No answer from \(world.endpoint) within 200 ms: try again")
            #expect(clock.now - start < .seconds(2), "the client gave up before the answer came")
        }
    }
}
