import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// The analytics screen at 80x24 and 160x50: the chosen metric's chart with its axes, the metric rows
/// with totals, changes and sparklines; while loading and after a failure.
@Suite struct AnalyticsScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 50)]

    /// Thirty days with a weekly rhythm, the last two not final; the period before a little lower.
    static func state(_ size: Size) -> AppState {
        var state = Fixtures.browsing(size)
        state.keymap = Fixtures.keymap(adding: [.global: [.showAnalytics: ["I"]], .analytics: [.cyclePeriod: ["t"]]])
        state.screen = .analytics
        let days = (2...31).map { "2026-10-\(String(format: "%02d", $0))" }
        let report = AccountMetricsReport(
            days: days,
            dayStatuses: days.indices.map { $0 >= days.count - 2 ? .estimate : .ready },
            daily: Dictionary(uniqueKeysWithValues: AccountMetric.allCases.map { metric in
                (metric, days.indices.map { day -> Double? in
                    let weekly = Double([3, 4, 4, 5, 6, 8, 7][day % 7])
                    return metric.isRate ? 0.02 + weekly / 1000 : weekly * 1_000 * (metric == .impressions ? 10 : 1)
                })
            }),
            totals: Dictionary(uniqueKeysWithValues: AccountMetric.allCases.map {
                ($0, $0.isRate ? 0.025 : ($0 == .impressions ? 1_290_000 : 129_000))
            }))
        var previous = report
        previous.totals = report.totals.mapValues { $0 * 0.9 }
        state.analyticsScreen.report = .loaded(report)
        state.analyticsScreen.previous = .loaded(previous)
        state.analyticsScreen.metric = .saves
        return state
    }

    @Test(arguments: sizes)
    func theChosenMetricLargeAndEveryMetricInARow(size: Size) {
        expectSnapshot(AppView.render(Self.state(size), theme: Fixtures.theme).text(),
                       named: "analytics-\(size.width)x\(size.height)")
    }

    /// The top pins by saves: loaded pins named with their board, one being fetched, one unknown.
    @Test(arguments: sizes)
    func topPins(size: Size) {
        var state = Self.state(size)
        state.analyticsScreen.part = .topPins
        let ids = Fixtures.pins.prefix(3).map(\.id) + ["77001", "77002"]
        state.analyticsScreen.topPins = .loaded(TopPinsTable(rows: ids.enumerated().map { index, id in
            TopPinsTable.Row(pinId: id, metrics: [
                "SAVE": Double(640 - index * 90), "IMPRESSION": Double(13_300 + index * 1_700), "ENGAGEMENT": 1_710,
                "PIN_CLICK": 935, "OUTBOUND_CLICK": Double(index * 40),
            ])
        }))
        state.analyticsScreen.pinDetails["77001"] = .loading
        state.analyticsScreen.selectedTopPin = 1
        expectSnapshot(AppView.render(state, theme: Fixtures.theme).text(), named: "analytics-top-pins-\(size.width)x\(size.height)")
    }

    @Test func withoutUTF8TheChartsAreASCII() {
        var state = Self.state(Size(width: 80, height: 24))
        state.chartGlyphs = .ascii
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        expectSnapshot(screen, named: "analytics-ascii-80x24")
        let charts = screen.split(separator: "\n").dropFirst(2).dropLast(2).joined()
        #expect(!charts.contains { $0.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) || (0x2581...0x2588).contains($0.value) } },
                "no braille or block glyph")
    }

    @Test func loadingAndFailed() {
        var state = Self.state(Size(width: 80, height: 24))
        state.analyticsScreen.report = .loading
        let loading = AppView.render(state, theme: Fixtures.theme).text()
        #expect(loading.contains("Loading the account's analytics…"))
        #expect(loading.contains("⟳ loading analytics…"))
        state.analyticsScreen.report = .failed(APIFailure(userMessage: "rate limited: wait 10 s", isRetryable: true))
        let failed = AppView.render(state, theme: Fixtures.theme).text()
        #expect(failed.contains("✗ rate limited: wait 10 s — r to retry"))
        #expect(failed.split(separator: "\n").last?.hasPrefix(" r retry") == true)
    }
}
