import Foundation
import PinterestAPI
import PinterestSandbox
import Testing

/// What a slow or rate-limited Pinterest looks like through the real binary: a save cancelled with esc
/// while the sandbox sits on it, and a rate limit counted down in the status line until the client's retry.
@Suite(.serialized)
struct SlowWritesEndToEndTests {
    @Test func escCancelsASlowSaveAndKeepsTheFormSayingItMayHaveGoneThrough() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        try await terminal.require("Boards (")
        await app.sandbox.setFaults(FaultConfiguration(latency: .seconds(30)))

        try await terminal.send("n")
        try await terminal.require("New board")
        try await terminal.send("Slow trip 🐢", literal: true)
        try await terminal.send("C-s")
        try await terminal.require("Saving…", "esc to cancel")
        // The sandbox counts the request as it arrives, before its latency: the save has left.
        #expect(await eventually { await app.sandbox.requestCount(method: "POST", pathTemplate: "/boards") == 1 })

        try await terminal.send("Escape")
        try await terminal.require("Cancelled. The board may still have been created: refresh (ctrl-r) to check")
        let screen = try await terminal.screen()
        #expect(screen.contains("New board") && screen.contains("Slow trip 🐢"), "the form stays with what was typed:\n\(screen)")
        #expect(!screen.contains("Saving…"))
    }

    @Test func aRateLimitCountsDownAndTheClientRetriesByItself() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        // Both start-up requests answered, so the one refused below is the reload's.
        try await terminal.require("Boards (", "@tack_demo")
        await app.sandbox.setFaults(FaultConfiguration(rateLimitBurst: 1, rateLimitResetSeconds: 3))

        try await terminal.send("C-r")
        try await terminal.require("Rate limited: retrying in 3 s")
        try await terminal.require("Rate limited: retrying in 2 s")
        try await terminal.require("the retry, by itself") { $0.contains("Rate limited: retrying now") && $0.contains("Boards (") }
        // "retrying now" shows as the wait ends, a moment before the retry reaches the sandbox.
        // The reload asks for the account and the boards; whichever was refused is asked for again.
        let retried = await eventually {
            let account = await app.sandbox.requestCount(method: "GET", pathTemplate: "/user_account")
            let boards = await app.sandbox.requestCount(method: "GET", pathTemplate: "/boards")
            return account + boards >= 5
        }
        let counts = await Self.counts(app)
        #expect(retried, "start-up (2), the reload (2), the retry of the refused one: \(counts)")
    }

    private static func counts(_ app: TackUnderTest) async -> [String: Int] {
        var counts: [String: Int] = [:]
        for path in ["/boards", "/user_account", "/boards/{board_id}/sections", "/boards/{board_id}/pins", "/pins", "/user_account/analytics"] {
            counts[path] = await app.sandbox.requestCount(method: "GET", pathTemplate: path)
        }
        return counts
    }
}
