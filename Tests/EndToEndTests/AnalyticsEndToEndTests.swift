import Foundation
import PinterestAPI
import Testing

/// The analytics screen in the real binary: its totals are the API's own sums for the period on view, and
/// its top pins come in the API's order.
@Suite(.serialized)
struct AnalyticsEndToEndTests {
    /// The impressions of the last `days` days ending today (UTC), summed from the API's daily values.
    private static func impressions(days: Int, _ client: PinterestClient) async throws -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let end = calendar.startOfDay(for: Date())
        let start = try #require(calendar.date(byAdding: .day, value: -(days - 1), to: end))
        let answer = try await client.userAccountAnalytics(startDate: start, endDate: end)
        let daily = try #require((answer["ALL"] ?? answer["all"])?.dailyMetrics)
        #expect(daily.count == days)
        return Int(daily.compactMap { $0.metrics?["IMPRESSION"] }.reduce(0, +).rounded())
    }

    /// "1,391,234": the exact total as the metric rows show it.
    private static func grouped(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.groupingSeparator = ","
        formatter.usesGroupingSeparator = true
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    @Test func theImpressionsTotalIsTheSumOfTheDaysAndChangesWithThePeriod() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        let month = try await Self.impressions(days: 30, app.client)
        let week = try await Self.impressions(days: 7, app.client)
        try #require(month > week && week > 0)
        try await terminal.require("Boards (")

        try await terminal.send("I")
        try await terminal.require("[Analytics]", "Impressions · last 30 days")
        let monthly = try await terminal.waitForScreen { $0.contains(#/Impressions +[\d.]+[kM]? +/# ) && $0.contains(Self.grouped(month)) }
        #expect(monthly.matched, "the 30-day total \(Self.grouped(month)) on screen:\n\(monthly.screen)")

        try await terminal.send("t")                           // 90 days
        try await terminal.require("Impressions · last 90 days")
        try await terminal.send("t")                           // 7 days
        try await terminal.require("Impressions · last 7 days")
        let weekly = try await terminal.waitForScreen { $0.contains(Self.grouped(week)) }
        #expect(weekly.matched, "the 7-day total \(Self.grouped(week)) on screen:\n\(weekly.screen)")
        #expect(!weekly.screen.contains(Self.grouped(month)))
    }

    @Test func topPinsBySavesAreInTheAPIsOrder() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let end = calendar.startOfDay(for: Date())
        let start = try #require(calendar.date(byAdding: .day, value: -29, to: end))
        let top = try await app.client.userAccountAnalyticsTopPins(startDate: start, endDate: end, sortBy: .save, numOfPins: 20)
        let ids = (top.pins ?? []).compactMap(\.pinId)
        try #require(ids.count >= 3)
        var titles: [String] = []
        for id in ids.prefix(3) {
            let pin = try await app.client.pinsGet(pinId: id)
            titles.append(try #require(pin.title))
        }
        try await terminal.require("Boards (")

        try await terminal.send("I")
        try await terminal.require("Impressions · last 30 days")
        try await terminal.send("Tab")
        try await terminal.require("Top 20 pins by saves · last 30 days")
        let ranked = try await terminal.waitForScreen { screen in
            titles.enumerated().allSatisfy { rank, title in
                screen.split(separator: "\n").contains { $0.contains(" \(rank + 1) \(title)") }
            }
        }
        #expect(ranked.matched, "the first three in the API's order \(titles):\n\(ranked.screen)")
    }
}
