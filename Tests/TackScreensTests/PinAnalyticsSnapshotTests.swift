import Foundation
import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// One pin's analytics and marked pins compared, over the boards screen, at 80x24 and 160x50 in the shipped
/// default, light and mono themes (the text, then where each style goes), and with ASCII chart glyphs.
@Suite struct PinAnalyticsSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 50)]
    static let themes = ["default", "light", "mono"]
    static let days = (2...31).map { "2026-10-\(String(format: "%02d", $0))" }

    private func expectScreen(
        _ state: AppState, named scene: String, theme themeName: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try expectThemedSnapshot(state, named: "pin-analytics-\(scene)", theme: themeName, sourceLocation: sourceLocation)
    }

    /// Thirty days of one group's numbers with a weekly rhythm, scaled; the day before last estimated,
    /// the last still processing (no numbers).
    static func group(_ name: String, scale: Double, metrics: [PinMetric]) -> PinAnalyticsMetricsResponse {
        func value(_ metric: PinMetric, _ day: Int) -> Double {
            let weekly = Double([3, 4, 4, 5, 6, 8, 7][day % 7])
            return metric.isRate ? 0.02 + weekly / 1000 : (weekly * 40 * scale).rounded() / (metric == .impressions ? 1 : 10)
        }
        let daily = days.enumerated().map { day, date in
            let status: DataStatus = day == days.count - 1 ? .processing : day == days.count - 2 ? .estimate : .ready
            return AnalyticsDailyMetrics(
                date: date, dataStatus: status,
                metrics: status == .processing ? [:] : Dictionary(uniqueKeysWithValues: metrics.map { ($0.rawValue, value($0, day)) }))
        }
        let totals = Dictionary(uniqueKeysWithValues: metrics.map { metric in
            (metric.rawValue, metric.isRate ? 0.025 : (0..<days.count - 1).map { value(metric, $0) }.reduce(0, +))
        })
        return PinAnalyticsMetricsResponse(dailyMetrics: daily, summaryMetrics: totals)
    }

    /// The peach salad's analytics over the boards screen, saves drawn large.
    static func onePin(_ size: Size, split: Bool = false) -> AppState {
        var state = Fixtures.browsing(size)
        state.keymap = Fixtures.keymap(adding: [.pinAnalytics: [.cyclePeriod: ["t"], .splitByAppType: ["a"]]])
        let pin = Fixtures.pins[0]
        var overlay = PinAnalyticsOverlay(.one(PinSummary(pin)))
        overlay.metric = .saves
        overlay.splitsByAppType = split
        let metrics = PinMetric.requested(includingVideo: false)
        let response: PinAnalyticsResponse = split
            ? ["MOBILE": group("MOBILE", scale: 3, metrics: metrics), "TABLET": group("TABLET", scale: 0.5, metrics: metrics),
               "WEB": group("WEB", scale: 1.5, metrics: metrics)]
            : ["ALL": group("ALL", scale: 5, metrics: metrics)]
        overlay.reports = .loaded([pin.id: PinMetricsReport(response)])
        state.pinAnalytics = overlay
        return state
    }

    /// Four marked pins compared by impressions, the second row selected; one pin has no numbers yet.
    static func compared(_ size: Size) -> AppState {
        var state = Fixtures.browsing(size)
        state.keymap = Fixtures.keymap(adding: [.pinAnalytics: [.cyclePeriod: ["t"], .splitByAppType: ["a"]]])
        let pins = Array(Fixtures.pins.prefix(4))
        var overlay = PinAnalyticsOverlay(.compared(pins.map(PinSummary.init)))
        overlay.selectedRow = 1
        let metrics = PinMetric.requested(includingVideo: false)
        var reports: [String: PinMetricsReport] = [:]
        for (index, pin) in pins.dropLast().enumerated() {
            var report = PinMetricsReport(["ALL": group("ALL", scale: Double(index + 1), metrics: metrics)])
            // Each pin best at something: the first at comments, the second at saves.
            if index == 0 { report.groups[0].totals[.comments] = 900 }
            if index == 1 { report.groups[0].totals[.saves] = 5_000 }
            report.groups[0].totals[.saveRate] = 0.01 * Double(index + 2)
            reports[pin.id] = report
        }
        overlay.reports = .loaded(reports)
        state.pinAnalytics = overlay
        return state
    }

    @Test(arguments: sizes, themes)
    func onePinsMetrics(size: Size, theme: String) throws {
        try expectScreen(Self.onePin(size), named: "one", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func onePinSplitByAppType(size: Size, theme: String) throws {
        try expectScreen(Self.onePin(size, split: true), named: "split", theme: theme)
    }

    @Test(arguments: sizes, themes)
    func markedPinsCompared(size: Size, theme: String) throws {
        try expectScreen(Self.compared(size), named: "compared", theme: theme)
    }

    @Test(arguments: sizes)
    func withASCIIGlyphsTheChartsAndTheBestMarkerAreASCII(size: Size) throws {
        var one = Self.onePin(size)
        one.chartGlyphs = .ascii
        var compared = Self.compared(size)
        compared.chartGlyphs = .ascii
        let screens = [AppView.render(one, theme: Fixtures.theme).text(), AppView.render(compared, theme: Fixtures.theme).text()]
        expectSnapshot(screens.joined(separator: "\n\n"), named: "pin-analytics-ascii-\(size.width)x\(size.height)")
        for screen in screens {
            let body = screen.split(separator: "\n").dropFirst(1).dropLast(1).joined()
            #expect(!body.contains { $0.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) || (0x2581...0x2588).contains($0.value) || $0 == "▲" } },
                    "no braille, block or ▲ glyph")
        }
        #expect(screens[1].contains("*5k"), "the best saves marked")
    }

    /// The best value of each column is marked and styled apart from its row, in every theme.
    @Test(arguments: themes)
    func theBestOfEachColumnStandsOut(themeName: String) throws {
        let theme = try ShippedThemes.theme(themeName)
        let state = Self.compared(Size(width: 160, height: 50))
        let screen = AppView.render(state, theme: theme)
        let text = screen.text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("▲18.1k") })
        let best = try #require(lines[row].firstRange(of: "▲18.1k")).lowerBound
        let column = lines[row].distance(from: lines[row].startIndex, to: best)
        #expect(screen[column, row].style == theme.style(.success), "the best value in the success role")
        #expect(text.contains("▲ best of the column"), "and marked, for a theme without colours")
    }

    @Test func loadingForbiddenAndFailed() {
        var state = Self.onePin(Size(width: 80, height: 24))
        state.pinAnalytics?.reports = .loading
        let loading = AppView.render(state, theme: Fixtures.theme).text()
        #expect(loading.contains("Loading the pin's analytics…"))
        #expect(loading.contains("⟳ loading pin analytics…"))
        state.pinAnalytics?.reports = .failed(APIFailure(userMessage: "Not authorized to access board or Pin.", status: 403))
        let forbidden = AppView.render(state, theme: Fixtures.theme).text()
        #expect(forbidden.contains("✗ This pin is not yours"))
        expectSnapshot(forbidden, named: "pin-analytics-forbidden-80x24")
        state.pinAnalytics?.reports = .failed(APIFailure(userMessage: "timed out", isRetryable: true))
        let failed = AppView.render(state, theme: Fixtures.theme).text()
        #expect(failed.contains("✗ timed out — r to retry"))
        #expect(failed.split(separator: "\n").last?.hasPrefix(" r retry") == true)
    }

    @Test func aPeriodWithoutNumbersSaysWhyInsteadOfZeros() {
        var state = Self.onePin(Size(width: 80, height: 24))
        let pin = Fixtures.pins[0]
        state.pinAnalytics?.reports = .loaded([pin.id: PinMetricsReport(["ALL": PinAnalyticsMetricsResponse(
            dailyMetrics: [AnalyticsDailyMetrics(date: "2026-10-30", dataStatus: .beforePinCreated, metrics: [:]),
                           AnalyticsDailyMetrics(date: "2026-10-31", dataStatus: .processing, metrics: [:])],
            summaryMetrics: [:])])])
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        #expect(screen.contains("No numbers for these days yet: the pin did not exist yet, still processing"))
        #expect(screen.contains(#/Impressions +— +··/#), "no total, and each day marked as without data")
    }

    @Test func aVideoPinsPlayTimesAreDurations() {
        var state = Self.onePin(Size(width: 160, height: 50))
        let pin = Fixtures.pins[0]
        var response: PinAnalyticsResponse = ["ALL": Self.group("ALL", scale: 5, metrics: PinMetric.allCases)]
        response["ALL"]?.summaryMetrics?["VIDEO_AVG_WATCH_TIME"] = 65_000
        state.pinAnalytics?.reports = .loaded([pin.id: PinMetricsReport(response)])
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        #expect(screen.contains(#/Average watch time \(s\) +1m 05s /#), "the average watch time as a duration:\n\(screen)")
        #expect(screen.contains("Video views"))
    }
}
