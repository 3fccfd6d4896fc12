import Testing
@testable import TackExport

/// The gate bounds requests in flight and slows them down together on a 429.
@Suite struct RequestGateTests {
    @Test func aRateLimitHalvesTheLimitOnceAndHoldsEveryRequestUntilTheReset() async throws {
        let gate = RequestGate(maximum: 8)
        await gate.rateLimited(wait: .milliseconds(300))
        await gate.rateLimited(wait: .milliseconds(300))
        #expect(await gate.limit == 4, "429s within one wait halve the limit once")
        #expect(await gate.slowdowns == 1)
        let held = try #require(await gate.heldUntil)
        try await gate.enter()
        #expect(ContinuousClock.now >= held, "no request enters before the reset")
        await gate.leave(answered: true)
    }

    @Test func answersRaiseTheLimitBackOneAtATime() async throws {
        let gate = RequestGate(maximum: 4)
        await gate.rateLimited(wait: .zero)
        #expect(await gate.limit == 2)
        for _ in 0..<2 {
            try await gate.enter()
            await gate.leave(answered: true)
        }
        #expect(await gate.limit == 3)
        for _ in 0..<3 {
            try await gate.enter()
            await gate.leave(answered: true)
        }
        #expect(await gate.limit == 4)
    }
}
