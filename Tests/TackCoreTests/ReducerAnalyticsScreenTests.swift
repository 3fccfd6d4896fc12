import Foundation
import PinterestAPI
import TackCore
import Testing

/// The analytics screen: showing it loads the period and the one before, keys choose the metric and
/// cycle the period, answers for a period no longer on view are dropped, failures are retried.
@Suite("Reducer: the analytics screen")
struct ReducerAnalyticsScreenTests {
    private let month = AccountMetricsQuery(window: AnalyticsWindow(days: 30, endingDaysAgo: 0))
    private let monthBefore = AccountMetricsQuery(window: AnalyticsWindow(days: 30, endingDaysAgo: 30))

    /// One day of every metric, and the totals the API sums.
    static func response(impressions: Double, day: String = "2026-11-30", status: DataStatus = .ready) -> AccountAnalyticsResponse {
        let metrics = Dictionary(uniqueKeysWithValues: AccountMetric.allCases.map { ($0.rawValue, $0.isRate ? 0.05 : impressions) })
        return ["ALL": AnalyticsMetricsResponse(
            dailyMetrics: [AnalyticsDailyMetrics(date: day, dataStatus: status, metrics: metrics)], summaryMetrics: metrics)]
    }

    @Test func showingItLoadsThePeriodAndThePeriodBefore() {
        var state = Fixture.withBoards(Fixture.boards(2))
        let effect = reduce(&state, .command(.showAnalytics))
        #expect(state.screen == .analytics)
        #expect(state.activeContext == .analytics)
        #expect(state.focusedPane == nil && state.detailSubject == nil)
        #expect(request(for: .analytics, in: effect) == .accountAnalytics(month))
        #expect(request(for: .analyticsPrevious, in: effect) == .accountAnalytics(monthBefore))
        #expect(state.analyticsScreen.report == .loading && state.analyticsScreen.previous == .loading)
        #expect(state.loadingPanes.isEmpty)
    }

    @Test func answersFillTheReportAndThePeriodBefore() throws {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics))
        send(&state, .analyticsScreen(.accountMetricsLoaded(month, Self.response(impressions: 120))))
        send(&state, .analyticsScreen(.accountMetricsLoaded(monthBefore, Self.response(impressions: 100))))
        let report = try #require(state.analyticsScreen.report.value)
        #expect(report.totals[.impressions] == 120)
        #expect(report.daily[.impressions] == [120])
        #expect(report.days == ["2026-11-30"])
        #expect(state.analyticsScreen.previous.value?.totals[.impressions] == 100)
        #expect(reduce(&state, .command(.showAnalytics)) == .none, "shown again: nothing is reloaded")
    }

    @Test func upAndDownChooseTheMetricDrawnLarge() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics))
        #expect(state.analyticsScreen.metric == .impressions)
        #expect(reduce(&state, .command(.moveDown)) == .none)
        #expect(state.analyticsScreen.metric == .engagements)
        send(&state, .command(.goBottom))
        #expect(state.analyticsScreen.metric == .saveRate)
        send(&state, .command(.moveDown))
        #expect(state.analyticsScreen.metric == .saveRate, "the last one stays")
        send(&state, .command(.pageUp))
        #expect(state.analyticsScreen.metric == .impressions)
        send(&state, .command(.moveUp))
        #expect(state.analyticsScreen.metric == .impressions)
    }

    @Test func thePeriodCyclesAndReloadsAndNinetyDaysHasNothingBeforeIt() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics))
        let toQuarter = reduce(&state, .command(.cyclePeriod))
        #expect(state.analyticsScreen.period == .days90)
        #expect(request(for: .analytics, in: toQuarter) == .accountAnalytics(AccountMetricsQuery(window: AnalyticsWindow(days: 90, endingDaysAgo: 0))))
        #expect(cancelledIDs(in: toQuarter) == [.analyticsPrevious], "the API keeps 90 days: no period before")
        #expect(state.analyticsScreen.previous == .idle)

        let toWeek = reduce(&state, .command(.cyclePeriod))
        #expect(state.analyticsScreen.period == .days7)
        #expect(request(for: .analyticsPrevious, in: toWeek) == .accountAnalytics(AccountMetricsQuery(window: AnalyticsWindow(days: 7, endingDaysAgo: 7))))
        send(&state, .command(.cyclePeriod))
        #expect(state.analyticsScreen.period == .days30)
    }

    @Test func anAnswerForAnotherPeriodIsDropped() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics), .command(.cyclePeriod))
        let before = state
        send(&state, .analyticsScreen(.accountMetricsLoaded(month, Self.response(impressions: 1))))
        send(&state, .analyticsScreen(.accountMetricsFailed(monthBefore, APIFailure(userMessage: "late", isRetryable: true))))
        #expect(state == before)
    }

    @Test func aFailureIsShownAndRetried() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics))
        let failure = APIFailure(userMessage: "rate limited: wait 10 s", status: 429, isRetryable: true)
        send(&state, .analyticsScreen(.accountMetricsFailed(month, failure)))
        #expect(state.analyticsScreen.report == .failed(failure))
        let retry = reduce(&state, .command(.retry))
        #expect(request(for: .analytics, in: retry) == .accountAnalytics(month))
        #expect(state.analyticsScreen.report == .loading)
    }

    @Test func aFailureThatWouldRecurIsNotRetried() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics))
        let failure = APIFailure(userMessage: "token lacks scope user_accounts:read", status: 401, isRetryable: false)
        send(&state, .analyticsScreen(.accountMetricsFailed(month, failure)))
        #expect(reduce(&state, .command(.retry)) == .none)
        #expect(state.statusMessage == "Retrying would fail the same way (HTTP 401)")
    }

    @Test func refreshReloadsTheAnalyticsOnView() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics), .analyticsScreen(.accountMetricsLoaded(month, Self.response(impressions: 5))))
        let effect = reduce(&state, .command(.refresh))
        #expect(request(for: .analytics, in: effect) == .accountAnalytics(month))
        #expect(request(for: .account, in: effect) == .account)
    }

    @Test func commandsThatDoNotApplySaySo() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics))
        #expect(reduce(&state, .command(.open)) == .none)
        #expect(state.statusMessage == "Not on the analytics screen: open")
    }

    @Test func aWindowsDaysAreWholeUTCDaysEndingToday() throws {
        let today = try #require(ISO8601DateFormatter().date(from: "2026-12-01T22:30:00Z"))
        let (start, end) = AnalyticsWindow(days: 30, endingDaysAgo: 30).dates(today: today)
        let days = ISO8601DateFormatter()
        #expect(days.string(from: end) == "2026-11-01T00:00:00Z")
        #expect(days.string(from: start) == "2026-10-03T00:00:00Z")
        #expect(AnalyticsWindow(days: 90, endingDaysAgo: 0).firstDayAgo == 89)
    }

    @Test func notFinalDaysAreCounted() {
        let report = AccountMetricsReport(Self.response(impressions: 3, status: .processing))
        #expect(report.unfinishedDayCount == 1)
        #expect(AccountMetricsReport(Self.response(impressions: 3)).unfinishedDayCount == 0)
    }
}
