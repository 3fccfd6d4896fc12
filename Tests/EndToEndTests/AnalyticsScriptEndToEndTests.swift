import Foundation
import PinterestAPI
import Testing

/// `tack analytics …` run as a script against the sandbox, over a fixed period within the last 90 days.
@Suite struct AnalyticsScriptEndToEndTests {
    /// Ten days ending a week ago (UTC), as dates and as the options give them.
    static let period: (start: Date, end: Date, options: [String]) = {
        let day = 86_400.0
        let today = (Date().timeIntervalSince1970 / day).rounded(.down) * day
        let start = Date(timeIntervalSince1970: today - 16 * day), end = Date(timeIntervalSince1970: today - 7 * day)
        return (start, end, ["--start-date", PinterestTimestamp.day(start), "--end-date", PinterestTimestamp.day(end)])
    }()

    @Test func accountMetricsAsJSONAndATableOfDays() async throws {
        try await ScriptWorld.with { world in
            let expected = try await world.client.userAccountAnalytics(startDate: Self.period.start, endDate: Self.period.end)
            let json = try await world.succeed(["analytics", "account", "--json"] + Self.period.options)
            #expect(try json.decoded(AccountAnalyticsResponse.self) == expected)
            let table = try await world.succeed(["analytics", "account", "--metric-types", "IMPRESSION,SAVE"] + Self.period.options)
            #expect(table.lines.first?.split(separator: " ", omittingEmptySubsequences: true) == ["GROUP", "DATE", "IMPRESSION", "SAVE"])
            #expect(table.lines.count == 1 + 10 + 1, "a row a day and a summary:\n\(table.output)")
        }
    }

    @Test func topPinsAndTopVideoPins() async throws {
        try await ScriptWorld.with { world in
            let expected = try await world.client.userAccountAnalyticsTopPins(
                startDate: Self.period.start, endDate: Self.period.end, sortBy: .save, numOfPins: 3)
            let lines = try await world.succeed(["analytics", "top-pins", "--sort-by", "SAVE", "--num-of-pins", "3", "--jsonl"] + Self.period.options)
            #expect(lines.lines.count == 3)
            #expect(try lines.lines.map {
                try PinterestJSON.makeDecoder().decode(TopPinsAnalyticsResponse.TopPin.self, from: Data($0.utf8))
            } == expected.pins)
            let table = try await world.succeed(["analytics", "top-pins", "--sort-by", "save", "--num-of-pins", "3"] + Self.period.options)
            #expect(table.lines.first?.hasPrefix("PIN_ID") == true && table.lines.count == 4)

            let video = try await world.succeed(["analytics", "top-video-pins", "--sort-by", "VIDEO_START", "--json"] + Self.period.options)
            let expectedVideo = try await world.client.userAccountAnalyticsTopVideoPins(
                startDate: Self.period.start, endDate: Self.period.end, sortBy: .init(rawValue: "VIDEO_START"))
            #expect(try video.decoded(TopVideoPinsAnalyticsResponse.self) == expectedVideo)
        }
    }

    @Test func oneAndSeveralPinsMetrics() async throws {
        try await ScriptWorld.with { world in
            let pins = try await world.client.pinsList(pageSize: 2).items.map(\.id)
            let one = try await world.succeed(
                ["analytics", "pin", pins[0], "--metric-types", "IMPRESSION", "--metric-types", "SAVE", "--json"] + Self.period.options)
            let expected = try await world.client.pinsAnalytics(
                pinId: pins[0], startDate: Self.period.start, endDate: Self.period.end, metricTypes: [.impression, .save])
            #expect(try one.decoded(PinAnalyticsResponse.self) == expected)

            let several = try await world.succeed(
                ["analytics", "pins", "--pin-ids", pins.joined(separator: ","), "--metric-types", "IMPRESSION"] + Self.period.options)
            #expect(several.lines.first?.split(separator: " ", omittingEmptySubsequences: true) == ["PIN_ID", "GROUP", "DATE", "IMPRESSION"])
            #expect(Set(several.lines.dropFirst().map { String($0.prefix(while: { $0 != " " })) }) == Set(pins))
        }
    }

    static let usageCases: [(arguments: [String], message: String)] = [
        (["analytics", "top-pins", "--sort-by", "SAVE", "--num-of-pins", "51"], "--num-of-pins must be 1 to 50"),
        (["analytics", "top-pins", "--sort-by", "SAVE", "--created-in-last-n-days", "7"], "takes only 30"),
        (["analytics", "account", "--start-date", "2020-01-01"], "--start-date cannot be before"),
        (["analytics", "account", "--end-date", "2999-01-01"], "--end-date cannot be after"),
        (["analytics", "account", "--start-date", "01/02/2026"], "--start-date must be a date like"),
        (["analytics", "pin", "1"], "--metric-types is required"),
        (["analytics", "pins", "--metric-types", "SAVE", "--pin-ids", (1...101).map(String.init).joined(separator: ",")],
         "--pin-ids takes 1 to 100 pins"),
        (["analytics", "account", "--metric-types", "IMPRESSION,CLICKS"], "IMPRESSION,CLICKS"),
    ]

    @Test(arguments: usageCases)
    func limitsAreUsageErrors(arguments: [String], message: String) async throws {
        try await ScriptWorld.with { world in
            let run = try await world.tack(arguments)
            #expect(run.status == 2)
            #expect(run.errors.contains(message), "\(run.errors)")
        }
    }
}
