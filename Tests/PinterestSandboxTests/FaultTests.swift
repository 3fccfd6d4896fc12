import AsyncHTTPClient
import Foundation
import PinterestSandbox
import Testing

@Suite struct FaultTests {
    @Test func faultsAreOffByDefault() async throws {
        try await Sandbox.with { sandbox in
            for _ in 0..<20 {
                let reply = try await sandbox.get("/user_account")
                #expect(reply.status == 200)
            }
        }
    }

    @Test func latencyDelaysEveryAnswer() async throws {
        try await Sandbox.with(SandboxConfiguration(faults: FaultConfiguration(latency: .milliseconds(300)))) { sandbox in
            let elapsed = try await ContinuousClock().measure { _ = try await sandbox.get("/user_account") }
            #expect(elapsed >= .milliseconds(300))
        }
    }

    @Test func rateLimitBurstsCarryTheResetHeaderThenPass() async throws {
        try await Sandbox.with { sandbox in
            await sandbox.server.setFaults(FaultConfiguration(rateLimitBurst: 2, rateLimitResetSeconds: 7))
            for _ in 0..<2 {
                let limited = try await sandbox.get("/boards")
                #expect(limited.status == 429)
                #expect(limited.code == 8)
                #expect(limited.header("X-RateLimit-Reset") == "7")
            }
            #expect(try await sandbox.get("/boards").status == 200)
        }
    }

    @Test func serverErrorsHitTheConfiguredFraction() async throws {
        try await Sandbox.with(SandboxConfiguration(faults: FaultConfiguration(serverErrorRate: 1))) { sandbox in
            let reply = try await sandbox.get("/user_account")
            #expect([500, 502, 503].contains(reply.status))
            #expect(reply.code != nil)
            await sandbox.server.setFaults(FaultConfiguration(serverErrorRate: 0.5, seed: 42))
            var failures = 0
            for _ in 0..<40 where try await sandbox.get("/user_account").status >= 500 { failures += 1 }
            #expect((8...32).contains(failures))
        }
    }

    @Test func theNextWritesFailButReadsPass() async throws {
        try await Sandbox.with(SandboxConfiguration(faults: FaultConfiguration(failNextWrites: 1))) { sandbox in
            #expect(try await sandbox.get("/boards").status == 200)
            let failed = try await sandbox.call("POST", "/boards", json: #"{"name":"Will fail"}"#)
            #expect(failed.status == 500)
            let boards = try await sandbox.all("/boards", pageSize: 250).items
            #expect(!boards.contains { $0["name"] as? String == "Will fail" }, "a failed write changes nothing")
            #expect(try await sandbox.call("POST", "/boards", json: #"{"name":"Works"}"#).status == 201)
            #expect(await sandbox.server.requestCount(method: "POST", pathTemplate: "/boards") == 2)
        }
    }

    @Test func droppedConnectionsGetNoAnswer() async throws {
        try await Sandbox.with(SandboxConfiguration(faults: FaultConfiguration(dropConnectionRate: 1))) { sandbox in
            await #expect(throws: (any Error).self) { _ = try await sandbox.get("/user_account") }
            await sandbox.server.setFaults(.none)
            let answered = try await sandbox.get("/user_account")
            #expect(answered.status == 200)
        }
    }

    @Test func requestsAreCountedByRouteTemplate() async throws {
        try await Sandbox.with { sandbox in
            let pins = try await sandbox.get("/pins?page_size=2").items.compactMap { $0["id"] as? String }
            for pin in pins { _ = try await sandbox.get("/pins/\(pin)") }
            #expect(await sandbox.server.requestCount(method: "GET", pathTemplate: "/pins/{pin_id}") == pins.count)
            #expect(await sandbox.server.requestCount(method: "GET", pathTemplate: "/v5/pins") == 1)
            #expect(await sandbox.server.requestCount(method: "DELETE", pathTemplate: "/pins/{pin_id}") == 0)
        }
    }
}
