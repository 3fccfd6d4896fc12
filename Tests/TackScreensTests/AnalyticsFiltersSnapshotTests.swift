import Foundation
import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// The analytics metrics with a custom period, a filter and a split by app type, at 80x24 and 160x50 in the
/// shipped default, light and mono themes (text, then where each style goes) and with ASCII chart glyphs;
/// the period form refusing an end after today.
@Suite struct AnalyticsFiltersSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 50)]
    static let themes = ["default", "light", "mono"]

    /// The metrics of 2–31 October, organic activity only, split by app type (mobile most, web least).
    static func state(_ size: Size, split: AccountMetricsSplit = .appType) -> AppState {
        var state = AnalyticsScreenSnapshotTests.state(size)
        state.keymap = Fixtures.keymap(adding: [
            .global: [.showAnalytics: ["I"]],
            .analytics: [.cyclePeriod: ["t"], .choosePeriod: ["P"], .chooseFilters: ["F"], .resetFilters: ["x"], .cycleSplit: ["B"]],
        ])
        let screen = state.analyticsScreen
        state.analyticsScreen.today = UTCDay(year: 2026, month: 11, day: 5)!
        state.analyticsScreen.customPeriod = UTCDay(year: 2026, month: 10, day: 2)!...UTCDay(year: 2026, month: 10, day: 31)!
        state.analyticsScreen.filters = AnalyticsFilters(contentType: .organic)
        state.analyticsScreen.split = split
        let report = screen.report.value!
        let keys = split == .appType
            ? ["MOBILE", "TABLET", "WEB"]
            : ["ORGANIC_IMAGE", "ORGANIC_PRODUCT", "ORGANIC_VIDEO", "ADS_STANDARD", "ADS_PRODUCT", "ADS_VIDEO"]
        let shares = [0.55, 0.15, 0.3, 0.05, 0.02, 0.01]
        state.analyticsScreen.splitReport = .loaded(SplitMetricsReport(groups: keys.enumerated().map { index, key in
            var group = report
            // Each group with its own rhythm, so that the lines cross.
            group.daily = report.daily.mapValues { values in
                values.enumerated().map { day, value in
                    value.map { $0 * shares[index] * (1 + 0.4 * sin(Double(day + index * 3) / 3)) }
                }
            }
            group.totals = report.totals.mapValues { $0 * shares[index] }
            return SplitMetricsReport.Group(key: key, report: group)
        }))
        return state
    }

    private func expectScreen(
        _ state: AppState, named scene: String, theme themeName: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try expectThemedSnapshot(state, named: "analytics-\(scene)", theme: themeName, sourceLocation: sourceLocation)
    }

    @Test(arguments: sizes, themes)
    func customPeriodFilterAndSplit(size: Size, theme: String) throws {
        let state = Self.state(size)
        try expectScreen(state, named: "filtered-split", theme: theme)
        let text = AppView.render(state, theme: try ShippedThemes.theme(theme)).text()
        #expect(text.contains("Saves · 2 Oct – 31 Oct 2026 · organic · by app type"))
    }

    @Test(arguments: sizes)
    func withASCIIGlyphsEachGroupHasItsMark(size: Size) throws {
        var state = Self.state(size)
        state.chartGlyphs = .ascii
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        expectSnapshot(screen, named: "analytics-filtered-split-ascii-\(size.width)x\(size.height)")
        let chart = screen.split(separator: "\n").dropFirst(2).prefix(size.height / 2).joined(separator: "\n")
        #expect(chart.contains("* Mobile") && chart.contains("o Tablet") && chart.contains("x Web"), "a legend of marks")
        #expect(chart.contains("o") && chart.contains("x"), "each group plotted with its mark")
    }

    /// Six groups: ASCII tells five apart, so the smallest is left to the rows, and the note says so.
    @Test func moreGroupsThanMarksDrawTheLargest() {
        var state = Self.state(Size(width: 80, height: 24), split: .pinFormat)
        state.chartGlyphs = .ascii
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        expectSnapshot(screen, named: "analytics-split-pin-format-ascii-80x24")
        #expect(screen.contains("the 5 largest of 6 groups drawn"))
        #expect(screen.contains("By pin format: Image, Product, Video, Standard ad, Product ad, Video ad"))
        let saves = screen.split(separator: "\n").first { $0.contains("▸ Saves") } ?? ""
        #expect(saves.contains("6.45k") && saves.contains("1.29k"), "every group's total, the smallest too: \(saves)")
    }

    /// While the groups load, and after they failed, the chart keeps the unsplit line and says why.
    @Test func aSplitLoadingOrFailedKeepsTheTotalLine() {
        var state = Self.state(Size(width: 80, height: 24))
        state.analyticsScreen.splitReport = .loading
        let loading = AppView.render(state, theme: Fixtures.theme).text()
        #expect(loading.contains("⟳ splitting by app type…"))
        #expect(loading.contains("Metrics · k/j chooses the chart") && loading.contains { "▁▂▃▄▅▆▇█".contains($0) }, "rows with sparklines")
        state.analyticsScreen.splitReport = .failed(APIFailure(userMessage: "rate limited: wait 10 s", isRetryable: true))
        let failed = AppView.render(state, theme: Fixtures.theme).text()
        #expect(failed.contains("✗ rate limited: wait 10 s — r to retry"))
        #expect(!failed.contains("Mobile"))
    }

    @Test func thePeriodFormSaysWhyAnEndIsRefused() throws {
        var state = Self.state(Size(width: 80, height: 24))
        var form = FormState.analyticsPeriod(
            UTCDay(year: 2026, month: 10, day: 2)!, UTCDay(year: 2026, month: 10, day: 31)!, today: state.analyticsScreen.today)
        form.focusedFieldIndex = 1
        form.editFocusedText(.moveToLineEnd)
        form.editFocusedText(.deleteToLineStart)
        form.editFocusedText(.insert("2026-11-06"))
        state.form = form
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        expectSnapshot(screen, named: "analytics-period-form-80x24")
        #expect(screen.contains("End cannot be after 2026-11-05: that is today"))
    }
}
