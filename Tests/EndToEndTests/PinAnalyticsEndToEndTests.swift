import Foundation
import PinterestAPI
import Testing

/// A pin's analytics and marked pins compared in the real binary, opened from the boards screen's pins
/// pane: the totals are the API's own, the comparison ranks the pins as the API's numbers do, and a pin
/// of someone else says it is not yours.
@Suite(.serialized)
struct PinAnalyticsEndToEndTests {
    /// The first and last day of the last 30 days (UTC), as the app asks for them.
    private static func lastThirtyDays() throws -> (start: Date, end: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let end = calendar.startOfDay(for: Date())
        return (try #require(calendar.date(byAdding: .day, value: -29, to: end)), end)
    }

    /// "30,200": the exact total as the metric rows show it on a wide terminal.
    private static func grouped(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.groupingSeparator = ","
        formatter.usesGroupingSeparator = true
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    /// The first board's pins in the pane's order (the API's), with the app on that board and its pins focused.
    private static func onFirstBoardsPins(_ app: TackUnderTest) async throws -> [Pin] {
        let board = try #require(try await app.client.boardsList().items.first)
        let pins = try await app.client.boardsListPins(boardId: board.id, pageSize: 250).items
        try await app.terminal.require(board.name, "Boards (")
        try await app.terminal.send("Enter")                  // open the board: its sections and pins
        try await app.terminal.require("Pins · \(board.name) (")
        try await app.terminal.send("Tab")                    // sections → pins
        return pins
    }

    @Test func onePinsImpressionsAreTheAPIsTotalForThirtyDays() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let (start, end) = try Self.lastThirtyDays()
        let pins = try await Self.onFirstBoardsPins(app)
        // The first pin of the board with impressions in the period (a pin newer than that has none yet).
        var chosen: (index: Int, pin: Pin, impressions: Int)?
        for (index, pin) in pins.prefix(10).enumerated() {
            let answer = try await app.client.pinsAnalytics(
                pinId: pin.id, startDate: start, endDate: end, metricTypes: [.impression, .save])
            let impressions = Int(((answer["ALL"] ?? answer["all"])?.summaryMetrics?["IMPRESSION"] ?? 0).rounded())
            if impressions > 0 {
                chosen = (index, pin, impressions)
                break
            }
        }
        let (index, pin, impressions) = try #require(chosen)
        let title = try #require(pin.title)
        for _ in 0..<index { try await app.terminal.send("Down") }

        try await app.terminal.send("i")
        try await app.terminal.require("Impressions · \(title.prefix(12))", "last 30 days", "Pin metrics")
        let total = try await app.terminal.waitForScreen { screen in
            screen.split(separator: "\n").contains { $0.contains("Impressions ") && $0.contains(" \(Self.grouped(impressions)) ") }
        }
        #expect(total.matched, "the 30-day total \(Self.grouped(impressions)) of \(title) on screen:\n\(total.screen)")

        try await app.terminal.send("Escape")
        try await app.terminal.require("Pins · ") { !$0.contains("Pin metrics") }
    }

    @Test func twoMarkedPinsAreComparedInTheOrderOfTheirImpressions() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let (start, end) = try Self.lastThirtyDays()
        let pins = try await Self.onFirstBoardsPins(app)
        try #require(pins.count >= 2)
        let answer = try await app.client.multiPinsAnalytics(
            pinIds: pins.prefix(2).map(\.id), startDate: start, endDate: end, metricTypes: [.impression])
        let impressions = pins.prefix(2).map { pin in
            answer[pin.id].flatMap { $0["ALL"] ?? $0["all"] }?.summaryMetrics?["IMPRESSION"] ?? 0
        }
        try #require(impressions[0] != impressions[1], "the sandbox's first two pins differ in impressions")
        let titles = try pins.prefix(2).map { String(try #require($0.title).prefix(12)) }
        let (first, second) = impressions[0] > impressions[1] ? (titles[0], titles[1]) : (titles[1], titles[0])

        // Space marks a pin and moves to the next one.
        try await app.terminal.send("Space", "Space")
        try await app.terminal.require("2 pins marked")
        try await app.terminal.send("C")
        try await app.terminal.require("2 pins compared · last 30 days · by Impressions", "best of the column")
        let ranked = try await app.terminal.waitForScreen { screen in
            let lines = screen.split(separator: "\n")
            guard let top = lines.firstIndex(where: { $0.contains(first) }),
                  let next = lines.firstIndex(where: { $0.contains(second) })
            else { return false }
            return top < next && lines[top].contains("▲")
        }
        #expect(ranked.matched, "\(first) above \(second), its impressions marked best:\n\(ranked.screen)")
    }

    @Test func aFollowedBoardsPinIsNotYours() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let followed = try #require(try await app.client.boardsUserFollowsList().items.first)
        try await app.terminal.require("Boards (")
        try await app.terminal.send("f")
        try await app.terminal.require(followed.name)
        try await app.terminal.send("Enter")
        try await app.terminal.require("Pins · \(followed.name) (")
        try await app.terminal.send("Tab")
        try await app.terminal.send("i")
        try await app.terminal.require("✗ This pin is not yours")
    }
}
