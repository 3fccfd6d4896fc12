import Foundation
import Logging
import PinterestAPI
import TackCore
import Testing

/// The analytics screen's period, filters and split: a custom period within the API's date limits, the
/// filters and the split sent with the request, and answers for another query dropped.
@Suite("Reducer: analytics period, filters and split")
struct ReducerAnalyticsFiltersTests {
    /// 2026-12-01, the day these tests run on.
    private static let today = UTCDay(year: 2026, month: 12, day: 1)!
    private static let month = AnalyticsWindow(days: 30, endingDaysAgo: 0)

    private static func day(_ iso: String) -> UTCDay { UTCDay(iso: iso)! }

    /// On the analytics screen, today being 2026-12-01, the last 30 days asked for.
    private func onAnalytics() -> AppState {
        var state = Fixture.withBoards(Fixture.boards(2))
        state.analyticsScreen.today = Self.today
        send(&state, .command(.showAnalytics))
        return state
    }

    /// Opens the period form and types the dates in.
    private func typePeriod(_ start: String, _ end: String, in state: inout AppState) {
        send(&state, .command(.choosePeriod))
        state.form?.type(start, into: .startDate)
        state.form?.type(end, into: .endDate)
    }

    // MARK: - Custom period

    @Test func thePeriodFormOpensOnTheDaysOnViewAndSaysItsLimits() throws {
        var state = onAnalytics()
        #expect(reduce(&state, .command(.choosePeriod)) == .none)
        let form = try #require(state.form)
        #expect(form.kind == .analyticsPeriod)
        #expect(form.text(of: .startDate) == "2026-11-02" && form.text(of: .endDate) == "2026-12-01")
        #expect(form[.startDate]?.hint == "YYYY-MM-DD, from 2026-09-02 (the API keeps 90 days)")
        #expect(form[.endDate]?.hint == "YYYY-MM-DD, up to today (2026-12-01), at most 90 days after the start")
        #expect(form.isValid)
    }

    @Test(arguments: [
        ("2026-09-01", "2026-10-01", FieldID.startDate, "Start cannot be before 2026-09-02: the API keeps 90 days"),
        ("2026-11-01", "2026-12-02", .endDate, "End cannot be after 2026-12-01: that is today"),
        ("2026-11-20", "2026-11-01", .endDate, "End cannot be before 2026-11-20: the period starts then"),
        ("2026-12-02", "2026-12-01", .startDate, "Start cannot be after 2026-12-01: that is today"),
        ("2026-01-01", "2026-11-30", .endDate, "End cannot be after 2026-04-01: a period ends at most 90 days after its start"),
        ("2026-11-31", "2026-12-01", .startDate, "Start must be a date like 2026-11-01 (YYYY-MM-DD)"),
        ("", "2026-12-01", .startDate, "Start is required"),
    ])
    func aPeriodOutsideTheAPIsLimitsIsRefusedInTheForm(start: String, end: String, field: FieldID, message: String) {
        var state = onAnalytics()
        typePeriod(start, end, in: &state)
        #expect(state.form?.errors[field] == message)
        let effect = reduce(&state, .command(.submit))
        #expect(effect == .none, "nothing is sent")
        #expect(state.form != nil && state.statusMessage?.hasPrefix("Not saved: ") == true)
        #expect(state.analyticsScreen.customPeriod == nil)
    }

    @Test func aCustomPeriodIsAskedForWithThePeriodBeforeAndNamedInTheTitle() throws {
        var state = onAnalytics()
        typePeriod("2026-11-01", "2026-11-20", in: &state)
        let effect = reduce(&state, .command(.submit))
        #expect(state.form == nil)
        #expect(state.analyticsScreen.customPeriod == Self.day("2026-11-01")...Self.day("2026-11-20"))
        #expect(state.analyticsScreen.periodTitle == "1 Nov – 20 Nov 2026")
        let window = AnalyticsWindow(days: 20, endingDaysAgo: 11)
        #expect(request(for: .analytics, in: effect) == .accountAnalytics(AccountMetricsQuery(window: window)))
        let before = AnalyticsWindow(days: 20, endingDaysAgo: 31)
        #expect(request(for: .analyticsPrevious, in: effect) == .accountAnalytics(AccountMetricsQuery(window: before)))
        let (start, end) = window.dates(today: Self.today.date)
        #expect(UTCDay(start).iso == "2026-11-01" && UTCDay(end).iso == "2026-11-20")
        #expect(state.analyticsScreen.report == .loading && state.analyticsScreen.previous == .loading)
    }

    @Test func thePeriodBeforeIsNotAskedForWhenTheAPICannotReachIt() {
        var state = onAnalytics()
        typePeriod("2026-09-02", "2026-10-01", in: &state)
        let effect = reduce(&state, .command(.submit))
        #expect(request(for: .analytics, in: effect) == .accountAnalytics(AccountMetricsQuery(
            window: AnalyticsWindow(days: 30, endingDaysAgo: 61))))
        #expect(request(for: .analyticsPrevious, in: effect) == nil)
        #expect(cancelledIDs(in: effect).contains(.analyticsPrevious))
        #expect(state.analyticsScreen.previous == .idle, "no comparison shown")
    }

    @Test func cyclingThePeriodLeavesTheCustomOneForTheLastDays() {
        var state = onAnalytics()
        typePeriod("2026-11-01", "2026-11-20", in: &state)
        send(&state, .command(.submit))
        let effect = reduce(&state, .command(.cyclePeriod))
        #expect(state.analyticsScreen.customPeriod == nil && state.analyticsScreen.period == .days30)
        #expect(request(for: .analytics, in: effect) == .accountAnalytics(AccountMetricsQuery(window: Self.month)))
        send(&state, .command(.cyclePeriod))
        #expect(state.analyticsScreen.period == .days90)
    }

    @Test func anAnswerForThePeriodBeforeTheFormIsDropped() {
        var state = onAnalytics()
        typePeriod("2026-11-01", "2026-11-20", in: &state)
        send(&state, .command(.submit))
        let before = state
        send(&state, .analyticsScreen(.accountMetricsLoaded(AccountMetricsQuery(window: Self.month), ReducerAnalyticsScreenTests.response(impressions: 9))))
        #expect(state == before)
    }

    @Test func aNewDayReloadsAndKeepsTheCustomPeriodOnItsDates() {
        var state = onAnalytics()
        typePeriod("2026-11-01", "2026-11-20", in: &state)
        send(&state, .command(.submit))
        let effect = reduce(&state, .analyticsScreen(.dayBegan(Self.day("2026-12-02"))))
        #expect(state.analyticsScreen.today == Self.day("2026-12-02"))
        #expect(request(for: .analytics, in: effect) == .accountAnalytics(AccountMetricsQuery(
            window: AnalyticsWindow(days: 20, endingDaysAgo: 12))))
        #expect(reduce(&state, .analyticsScreen(.dayBegan(Self.day("2026-12-02")))) == .none, "the same day again changes nothing")
    }

    // MARK: - Filters

    /// Each filter, the field of the filters form that sets it, and how many times enter cycles it to the value.
    static let filterChanges: [(FieldID, Int, AnalyticsFilters, String)] = [
        (.appType, 3, AnalyticsFilters(appType: .web), "app_types=WEB"),
        (.contentType, 2, AnalyticsFilters(contentType: .organic), "content_type=ORGANIC"),
        (.source, 1, AnalyticsFilters(source: .yourPins), "source=YOUR_PINS"),
        (.pinFormat, 3, AnalyticsFilters(pinFormat: .organicVideo), "pin_format=ORGANIC_VIDEO"),
        (.claimedContent, 1, AnalyticsFilters(claimedContent: .claimed), "from_claimed_content=CLAIMED"),
    ]

    /// Opens the filters form, cycles one field `steps` times with enter, and submits.
    private func chooseFilter(_ field: FieldID, steps: Int, in state: inout AppState) -> Effect {
        send(&state, .command(.chooseFilters))
        state.form?.focus(field)
        for _ in 0..<steps { send(&state, .command(.activateField)) }
        return reduce(&state, .command(.submit))
    }

    @Test(arguments: filterChanges)
    func eachFilterIsSentAndAnAnswerWithoutItIsDropped(field: FieldID, steps: Int, filters: AnalyticsFilters, parameter: String) {
        var state = onAnalytics()
        let effect = chooseFilter(field, steps: steps, in: &state)
        #expect(state.form == nil)
        #expect(state.analyticsScreen.filters == filters)
        let filtered = AccountMetricsQuery(window: Self.month, filters: filters)
        #expect(request(for: .analytics, in: effect) == .accountAnalytics(filtered))
        #expect(request(for: .analyticsPrevious, in: effect) == .accountAnalytics(
            AccountMetricsQuery(window: AnalyticsWindow(days: 30, endingDaysAgo: 30), filters: filters)))
        #expect(filters.summary.count == 1)

        send(&state, .analyticsScreen(.accountMetricsLoaded(AccountMetricsQuery(window: Self.month), ReducerAnalyticsScreenTests.response(impressions: 500))))
        #expect(state.analyticsScreen.report == .loading, "the unfiltered answer is dropped")
        send(&state, .analyticsScreen(.accountMetricsLoaded(filtered, ReducerAnalyticsScreenTests.response(impressions: 120))))
        #expect(state.analyticsScreen.report.value?.totals[.impressions] == 120)
    }

    @Test(arguments: filterChanges)
    func eachFilterReachesTheAPIAsItsParameter(field: FieldID, steps: Int, filters: AnalyticsFilters, parameter: String) async throws {
        let query = try #require(await sentQuery(.accountAnalytics(AccountMetricsQuery(window: Self.month, filters: filters))))
        #expect(query.contains(parameter))
        for other in Self.filterChanges.map(\.3) where other != parameter {
            #expect(!query.contains(other.split(separator: "=")[0] + "="), "only the filter set is sent: \(query)")
        }
    }

    @Test func theDefaultsAreNotSentAndTheSplitIs() async throws {
        let plain = try #require(await sentQuery(.accountAnalytics(AccountMetricsQuery(window: Self.month))))
        #expect(!plain.contains("app_types") && !plain.contains("split_field") && !plain.contains("source"))
        let split = try #require(await sentQuery(.accountAnalytics(AccountMetricsQuery(window: Self.month, split: .pinFormat))))
        #expect(split.contains("split_field=PIN_FORMAT"))
    }

    /// The query string of the request the performer makes for `request`.
    private func sentQuery(_ request: APIRequest) async -> String? {
        let transport = CannedTransport(body: "{}")
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9/v5")!, accessToken: "token", retryPolicy: .never),
            transport: transport)
        let performer = PinterestRequestPerformer(client: client, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        _ = await performer.perform(request)
        return transport.requested.first?.query
    }

    @Test func theTopPinsOnViewAreReloadedWithTheFiltersAndTheUnfilteredAnswerIsDropped() {
        var state = onAnalytics()
        send(&state, .command(.focusNext))
        let unfiltered = ReducerTopPinsTests.query(window: Self.month)
        let effect = chooseFilter(.appType, steps: 3, in: &state)
        var filtered = unfiltered
        filtered.filters = AnalyticsFilters(appType: .web)
        #expect(request(for: .topPins, in: effect) == .topPins(filtered))
        #expect(state.analyticsScreen.topPinsQuery == filtered)

        send(&state, .analyticsScreen(.topPinsLoaded(unfiltered, ReducerTopPinsTests.table(["1"]))))
        #expect(state.analyticsScreen.topPins == .loading, "the unfiltered answer is dropped")
        send(&state, .analyticsScreen(.topPinsLoaded(filtered, ReducerTopPinsTests.table(["2"]))))
        #expect(state.analyticsScreen.topPins.value?.rows.map(\.pinId) == ["2"])

        let cleared = reduce(&state, .command(.resetFilters))
        #expect(request(for: .topPins, in: cleared) == .topPins(unfiltered))
    }

    @Test(arguments: [TopPinsKind.pins, .videoPins])
    func theTopPinsOperationsTakeTheFiltersAsTheirParameters(kind: TopPinsKind) async throws {
        let query = TopPinsQuery(
            kind: kind, window: Self.month, sort: kind == .pins ? .saves : .averageWatchTime, count: 20,
            onlyRecentPins: false, filters: AnalyticsFilters(appType: .web, source: .yourPins, claimedContent: .claimed))
        let sent = try #require(await sentQuery(.topPins(query)))
        for parameter in ["app_types=WEB", "source=YOUR_PINS", "from_claimed_content=CLAIMED"] {
            #expect(sent.contains(parameter), "\(parameter) in \(sent)")
        }
        #expect(!sent.contains("content_type=") && !sent.contains("pin_format="))
    }

    @Test func theFiltersFormOpensOnTheFiltersInEffect() throws {
        var state = onAnalytics()
        state.analyticsScreen.filters = AnalyticsFilters(source: .otherPins)
        send(&state, .command(.chooseFilters))
        let form = try #require(state.form)
        #expect(form.kind == .analyticsFilters)
        #expect(form[.source]?.selectedOption?.label == "Others' pins")
        #expect(form[.appType]?.selectedOption?.label == "All apps")
        #expect(form.analyticsFilters == state.analyticsScreen.filters)
    }

    @Test func theFiltersAreClearedWithOneKey() {
        var state = onAnalytics()
        #expect(reduce(&state, .command(.resetFilters)) == .none)
        #expect(state.statusMessage == "No analytics filters to reset")
        _ = chooseFilter(.appType, steps: 1, in: &state)
        #expect(state.analyticsScreen.filters == AnalyticsFilters(appType: .mobile))
        let effect = reduce(&state, .command(.resetFilters))
        #expect(state.analyticsScreen.filters.isEmpty)
        #expect(request(for: .analytics, in: effect) == .accountAnalytics(AccountMetricsQuery(window: Self.month)))
    }

    @Test func submittingTheSameFiltersReloadsNothing() {
        var state = onAnalytics()
        send(&state, .command(.chooseFilters))
        #expect(reduce(&state, .command(.submit)) == .none)
        #expect(state.form == nil)
    }

    // MARK: - Split

    /// An answer split by app type: mobile, tablet and web, each with `impressions`.
    static func splitResponse(_ impressions: [String: Double]) -> AccountAnalyticsResponse {
        impressions.mapValues { value in
            let metrics = ["IMPRESSION": value, "SAVE_RATE": 0.01]
            return AnalyticsMetricsResponse(
                dailyMetrics: [AnalyticsDailyMetrics(date: "2026-11-30", dataStatus: .ready, metrics: metrics)],
                summaryMetrics: metrics)
        }
    }

    @Test func theSplitCyclesThroughTheAPIsSplitFieldsAndLoadsTheGroups() throws {
        var state = onAnalytics()
        send(&state, .analyticsScreen(.accountMetricsLoaded(AccountMetricsQuery(window: Self.month), ReducerAnalyticsScreenTests.response(impressions: 600))))
        let byApp = AccountMetricsQuery(window: Self.month, split: .appType)
        let effect = reduce(&state, .command(.cycleSplit))
        #expect(state.analyticsScreen.split == .appType)
        #expect(request(for: .analyticsSplit, in: effect) == .accountAnalytics(byApp))
        #expect(request(for: .analytics, in: effect) == nil, "the totals stay")
        #expect(state.analyticsScreen.report.value?.totals[.impressions] == 600)

        send(&state, .analyticsScreen(.accountMetricsLoaded(byApp, Self.splitResponse(["WEB": 100, "MOBILE": 400, "TABLET": 100]))))
        let groups = try #require(state.analyticsScreen.splitReport.value?.groups)
        #expect(groups.map(\.label) == ["Mobile", "Tablet", "Web"], "in the API's order of the values")
        #expect(groups.map { $0.report.totals[.impressions] } == [400, 100, 100])

        var splits: [AccountMetricsSplit] = []
        for _ in 0..<4 {
            send(&state, .command(.cycleSplit))
            splits.append(state.analyticsScreen.split)
        }
        #expect(splits == [.ownedContent, .source, .pinFormat, .none])
        #expect(state.analyticsScreen.splitReport == .idle)
    }

    @Test func anAnswerForAnotherSplitIsDroppedAndLeavingTheSplitCancelsIt() {
        var state = onAnalytics()
        send(&state, .command(.cycleSplit), .command(.cycleSplit))
        send(&state, .analyticsScreen(.accountMetricsLoaded(
            AccountMetricsQuery(window: Self.month, split: .appType), Self.splitResponse(["WEB": 1]))))
        #expect(state.analyticsScreen.splitReport == .loading)
        send(&state, .command(.cycleSplit), .command(.cycleSplit))
        let effect = reduce(&state, .command(.cycleSplit))
        #expect(state.analyticsScreen.split == .none)
        #expect(cancelledIDs(in: effect) == [.analyticsSplit])
    }

    @Test func aFilterAppliesToTheSplitToo() {
        var state = onAnalytics()
        send(&state, .command(.cycleSplit))
        let effect = chooseFilter(.appType, steps: 3, in: &state)
        #expect(request(for: .analyticsSplit, in: effect) == .accountAnalytics(
            AccountMetricsQuery(window: Self.month, filters: AnalyticsFilters(appType: .web), split: .appType)))
    }

    @Test func aFailedSplitIsRetried() {
        var state = onAnalytics()
        send(&state, .analyticsScreen(.accountMetricsLoaded(AccountMetricsQuery(window: Self.month), ReducerAnalyticsScreenTests.response(impressions: 6))))
        send(&state, .command(.cycleSplit))
        let failure = APIFailure(userMessage: "rate limited", status: 429, isRetryable: true)
        send(&state, .analyticsScreen(.accountMetricsFailed(AccountMetricsQuery(window: Self.month, split: .appType), failure)))
        #expect(state.analyticsScreen.splitReport == .failed(failure))
        let retry = reduce(&state, .command(.retry))
        #expect(request(for: .analyticsSplit, in: retry) == .accountAnalytics(AccountMetricsQuery(window: Self.month, split: .appType)))
    }

    // MARK: - Days

    @Test func daysAreCountedInUTCAndNamedForPeople() throws {
        let day = try #require(UTCDay(iso: "2024-02-29"))
        #expect(day.iso == "2024-02-29" && day.adding(days: 1).iso == "2024-03-01")
        #expect(UTCDay(iso: "2023-02-29") == nil && UTCDay(iso: "2026-1-01") == nil && UTCDay(iso: "2026-01-01 ") == nil)
        #expect(UTCDay(number: 0).iso == "1970-01-01")
        #expect(UTCDay(try #require(ISO8601DateFormatter().date(from: "2026-12-01T23:59:59Z"))).iso == "2026-12-01")
        #expect(UTCDay.rangeLabel(Self.day("2026-12-20"), Self.day("2027-01-05")) == "20 Dec 2026 – 5 Jan 2027")
    }
}
