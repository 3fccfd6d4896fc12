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

    /// The first and last day of the 30 days ending today (UTC), as the app asks for them.
    private static func lastThirtyDays() throws -> (start: Date, end: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let end = calendar.startOfDay(for: Date())
        return (try #require(calendar.date(byAdding: .day, value: -29, to: end)), end)
    }

    /// The titles of the first three ranked pins, from the API.
    private static func firstThreeTitles<SortKey>(of report: TopPinsReport<SortKey>, _ client: PinterestClient) async throws -> [String] {
        let ids = (report.pins ?? []).compactMap(\.pinId)
        try #require(ids.count >= 3)
        var titles: [String] = []
        for id in ids.prefix(3) {
            titles.append(try #require(try await client.pinsGet(pinId: id).title))
        }
        return titles
    }

    /// The screen's row of rank `rank` (from 1) if it names the pin titled `title` (its start: the table
    /// cuts long titles to fit).
    private static func row(_ rank: Int, titled title: String, on screen: String) -> Substring? {
        screen.split(separator: "\n").first { $0.contains(" \(rank) \(title.prefix(12))") }
    }

    /// Whether the screen ranks `titles` first, in their order.
    private static func ranks(_ titles: [String], on screen: String) -> Bool {
        titles.enumerated().allSatisfy { index, title in row(index + 1, titled: title, on: screen) != nil }
    }

    @Test func topPinsBySavesAreInTheAPIsOrder() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        let (start, end) = try Self.lastThirtyDays()
        let top = try await app.client.userAccountAnalyticsTopPins(startDate: start, endDate: end, sortBy: .save, numOfPins: 20)
        let titles = try await Self.firstThreeTitles(of: top, app.client)
        try await terminal.require("Boards (")

        try await terminal.send("I")
        try await terminal.require("Impressions · last 30 days")
        try await terminal.send("Tab")
        try await terminal.require("Top 20 pins by saves · last 30 days")
        let ranked = try await terminal.waitForScreen { Self.ranks(titles, on: $0) }
        #expect(ranked.matched, "the first three in the API's order \(titles):\n\(ranked.screen)")
    }

    @Test func topVideoPinsByViewsAndByAverageWatchTimeAreInTheAPIsOrder() async throws {
        let app = try await TackUnderTest.launch()
        defer { Task { await app.shutDown() } }
        let terminal = app.terminal
        let (start, end) = try Self.lastThirtyDays()
        let byViews = try await app.client.userAccountAnalyticsTopVideoPins(
            startDate: start, endDate: end, sortBy: .videoMRCView, numOfPins: 20)
        let viewed = try await Self.firstThreeTitles(of: byViews, app.client)
        let byWatchTime = try await app.client.userAccountAnalyticsTopVideoPins(
            startDate: start, endDate: end, sortBy: .videoAverageWatchTime, numOfPins: 20)
        let watched = try await Self.firstThreeTitles(of: byWatchTime, app.client)
        try #require(viewed != watched, "the two sorts rank the demo's videos differently")
        try await terminal.require("Boards (")

        try await terminal.send("I")
        try await terminal.require("Impressions · last 30 days")
        try await terminal.send("v")
        try await terminal.require("Top 20 video pins by video views · last 30 days")
        let ranked = try await terminal.waitForScreen { Self.ranks(viewed, on: $0) }
        #expect(ranked.matched, "the first three by views in the API's order \(viewed):\n\(ranked.screen)")
        let first = Self.row(1, titled: viewed[0], on: ranked.screen) ?? ""
        #expect(first.contains(#/ (\d+\.\ds|\d+m \d\ds) /#), "the average watch time as a duration: \(first)")

        try await terminal.send("s")
        try await terminal.require("Top 20 video pins by average watch time · last 30 days")
        let rewatched = try await terminal.waitForScreen { Self.ranks(watched, on: $0) }
        #expect(rewatched.matched, "the first three by average watch time in the API's order \(watched):\n\(rewatched.screen)")
    }
}
