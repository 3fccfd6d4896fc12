import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// The top part of the analytics screen, top pins and top video pins, at 80x24 and 160x50 in the shipped
/// default, light and mono themes (the text, then where each style goes), and with ASCII chart glyphs.
@Suite struct TopPinsSnapshotTests {
    static let sizes = AnalyticsScreenSnapshotTests.sizes
    static let themes = ["default", "light", "mono"]

    /// The analytics screen on its top part, with the top pins keys bound.
    private static func onTopPins(_ size: Size) -> AppState {
        var state = AnalyticsScreenSnapshotTests.state(size)
        state.keymap = Fixtures.keymap(adding: [
            .global: [.showAnalytics: ["I"]],
            .analytics: [
                .cyclePeriod: ["t"], .toggleVideoPins: ["v"], .moreTopPins: ["+"], .fewerTopPins: ["-"],
                .toggleRecentPins: ["n"],
            ],
        ])
        state.analyticsScreen.part = .topPins
        return state
    }

    /// The top 30 pins created in the last 30 days by saves: loaded pins named with their board, one being
    /// fetched, one unknown.
    static func topPins(_ size: Size) -> AppState {
        var state = onTopPins(size)
        state.analyticsScreen.topPinCount = 30
        state.analyticsScreen.onlyRecentTopPins = true
        let ids = Fixtures.pins.prefix(3).map(\.id) + ["77001", "77002"]
        state.analyticsScreen.topPins = .loaded(TopPinsTable(rows: ids.enumerated().map { index, id in
            TopPinsTable.Row(pinId: id, metrics: [
                "SAVE": Double(640 - index * 90), "IMPRESSION": Double(13_300 + index * 1_700), "ENGAGEMENT": 1_710,
                "PIN_CLICK": 935, "OUTBOUND_CLICK": Double(index * 40),
            ])
        }))
        state.analyticsScreen.pinDetails["77001"] = .loading
        state.analyticsScreen.selectedTopPin = 1
        return state
    }

    /// The top 20 video pins by average watch time: durations from seconds to hours, a metric the API left
    /// out, a title being fetched.
    static func topVideoPins(_ size: Size) -> AppState {
        var state = onTopPins(size)
        state.analyticsScreen.topPinsKind = .videoPins
        state.analyticsScreen.topVideoPinsSort = .averageWatchTime
        let ids = [Fixtures.pins[4].id, Fixtures.pins[0].id, "77003", "77004"]
        let averages: [Double] = [86_989, 65_000, 12_400, 800]
        state.analyticsScreen.topPins = .loaded(TopPinsTable(rows: ids.enumerated().map { index, id in
            var metrics: [String: Double] = [
                "VIDEO_AVG_WATCH_TIME": averages[index], "VIDEO_MRC_VIEW": Double(420 - index * 100),
                "VIDEO_V50_WATCH_TIME": averages[index] * Double(420 - index * 100),
                "QUARTILE_95_PERCENT_VIEW": Double(96 - index * 20), "VIDEO_10S_VIEW": Double(230 - index * 50),
                "VIDEO_START": Double(610 - index * 120), "IMPRESSION": Double(12_900 - index * 2_000),
                "SAVE": Double(44 - index * 9), "OUTBOUND_CLICK": Double(index * 3),
            ]
            if index == 3 { metrics["VIDEO_10S_VIEW"] = nil }
            return TopPinsTable.Row(pinId: id, metrics: metrics)
        }))
        state.analyticsScreen.pinDetails["77003"] = .loading
        return state
    }

    private func expectScreen(
        _ state: AppState, named scene: String, theme themeName: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try expectThemedSnapshot(state, named: "analytics-\(scene)", theme: themeName, sourceLocation: sourceLocation)
    }

    @Test(arguments: sizes, themes)
    func recentTopPins(size: Size, theme: String) throws {
        try expectScreen(Self.topPins(size), named: "top-pins-recent", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func topVideoPinsByAverageWatchTime(size: Size, theme: String) throws {
        try expectScreen(Self.topVideoPins(size), named: "top-video-pins", theme: theme)
    }

    @Test(arguments: sizes)
    func withoutUTF8TheBarsAreASCII(size: Size) {
        for (scene, state) in [("top-pins-recent", Self.topPins(size)), ("top-video-pins", Self.topVideoPins(size))] {
            var state = state
            state.chartGlyphs = .ascii
            let screen = AppView.render(state, theme: Fixtures.theme).text()
            expectSnapshot(screen, named: "analytics-\(scene)-ascii-\(size.width)x\(size.height)")
            let table = screen.split(separator: "\n").dropFirst(2).dropLast(2).joined()
            #expect(!table.unicodeScalars.contains { (0x2580...0x259F).contains($0.value) }, "no block glyph in \(scene)")
        }
    }

    @Test func durationsReadAsDurations() {
        let screen = AppView.render(Self.topVideoPins(Size(width: 160, height: 50)), theme: Fixtures.theme).text()
        let first = screen.split(separator: "\n").first { $0.contains(" 1 Corn on the cob") }.map(String.init) ?? ""
        #expect(first.contains("1m 27s") && first.contains("10h 09m"), "average and total play time: \(first)")
    }

    @Test func aLongTitleKeepsTheRecentPinsChoiceInShort() {
        var state = Self.topVideoPins(Size(width: 80, height: 24))
        state.analyticsScreen.topPinCount = 50
        state.analyticsScreen.onlyRecentTopPins = true
        state.analyticsScreen.period = .days90
        let title = AppView.render(state, theme: Fixtures.theme).text().split(separator: "\n")[1]
        #expect(title.contains("Top 50 video pins by average watch time · last 90 days · ≤30 days old"))
    }

    @Test func noRecentPinsSaysWhichPinsItLookedFor() {
        var state = Self.topVideoPins(Size(width: 160, height: 50))
        state.analyticsScreen.onlyRecentTopPins = true
        state.analyticsScreen.topPins = .loaded(TopPinsTable(rows: []))
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        #expect(screen.contains("No video pins created in the last 30 days had any average watch time in this period"))
    }
}
