import PinterestAPI
import TackCore
import Testing

/// One pin's analytics and marked pins compared: opened from the pins panes and the top pins, loaded
/// for the period, cycled, split, sorted, retried and closed; answers for anything no longer on view
/// are dropped.
@Suite("Reducer: a pin's analytics and compared pins")
struct ReducerPinAnalyticsTests {
    private static func query(
        _ ids: [String], compares: Bool = false, days: Int = 30, split: Bool = false, video: Bool = false
    ) -> PinAnalyticsQuery {
        PinAnalyticsQuery(
            pinIds: ids, compares: compares, window: AnalyticsWindow(days: days, endingDaysAgo: 0), splitsByAppType: split,
            includingVideo: video)
    }

    /// One day of numbers per group: every metric of `metrics` at `value` (a rate a twentieth of it).
    static func response(
        _ value: Double, groups: [String] = ["ALL"], metrics: [PinMetric] = PinMetric.requested(includingVideo: false),
        status: DataStatus = .ready
    ) -> PinAnalyticsResponse {
        let numbers = Dictionary(uniqueKeysWithValues: metrics.map { ($0.rawValue, $0.isRate ? value / 20 : value) })
        return Dictionary(uniqueKeysWithValues: groups.map { group in
            (group, PinAnalyticsMetricsResponse(
                dailyMetrics: [AnalyticsDailyMetrics(date: "2026-11-30", dataStatus: status, metrics: numbers)],
                summaryMetrics: numbers))
        })
    }

    /// Board b1's pins focused, the second selected.
    private static func onSecondPin(_ pins: [Pin] = Fixture.pins(3)) -> AppState {
        var state = Fixture.withFocusedPins(pins)
        send(&state, .command(.moveDown))
        return state
    }

    private static func opened() -> AppState {
        var state = onSecondPin()
        send(&state, .command(.showPinAnalytics))
        return state
    }

    @Test func theKeyOnAPinOpensItsThirtyDays() {
        var state = Self.onSecondPin()
        let effect = reduce(&state, .command(.showPinAnalytics))
        #expect(state.pinAnalytics?.subject == .one(PinSummary(id: "p2", title: "Pin 2", isVideo: false)))
        #expect(state.pinAnalytics?.period == .days30)
        #expect(state.activeContext == .pinAnalytics)
        #expect(request(for: .pinAnalytics, in: effect) == .pinAnalytics(Self.query(["p2"])))
        #expect(state.pinAnalytics?.reports == .loading)
        #expect(state.screen == .boards && state.selectedPin?.id == "p2", "the screen below stays as it was")
    }

    @Test func myPinsOpensItsSelectedPin() {
        var state = Fixture.withBoards(Fixture.boards(1))
        send(&state, .command(.showMyPins))
        send(&state, .pinsPageLoaded(PageRequest(source: .myPins(state.myPinsScreen.filters)), Fixture.pins(2), bookmark: nil))
        let effect = reduce(&state, .command(.showPinAnalytics))
        #expect(request(for: .pinAnalytics, in: effect) == .pinAnalytics(Self.query(["p1"])))
    }

    @Test func aTopPinOpensItsAnalyticsNamedByItsIdUntilFetched() {
        var state = Fixture.withBoards(Fixture.boards(1))
        send(&state, .command(.showAnalytics))
        guard case .topPins(let asked)? = request(for: .topPins, in: reduce(&state, .command(.focusNext))) else {
            Issue.record("the top pins were not asked for")
            return
        }
        let top = TopPinsTable(rows: [TopPinsTable.Row(pinId: "77001", metrics: ["SAVE": 3])])
        send(&state, .analyticsScreen(.topPinsLoaded(asked, top)))
        let effect = reduce(&state, .command(.showPinAnalytics))
        #expect(state.pinAnalytics?.subject == .one(PinSummary(id: "77001", title: "pin 77001", isVideo: false)))
        #expect(request(for: .pinAnalytics, in: effect) == .pinAnalytics(Self.query(["77001"])))
    }

    @Test func aVideoPinIsAskedForItsVideoMetricsAndShowsThem() throws {
        var video = Fixture.pin(9, title: "Clip")
        video.media = PinMedia(mediaType: .video)
        var state = Fixture.withFocusedPins([video])
        let effect = reduce(&state, .command(.showPinAnalytics))
        let query = Self.query(["p9"], video: true)
        #expect(request(for: .pinAnalytics, in: effect) == .pinAnalytics(query))
        #expect(query.metrics.contains(.videoViews) && query.metrics.contains(.videoAverageWatchTime))
        send(&state, .pinAnalytics(.loaded(query, ["p9": Self.response(4, metrics: PinMetric.allCases)])))
        #expect(state.pinAnalytics?.metrics == PinMetric.allCases)
        send(&state, .command(.goBottom))
        #expect(state.pinAnalytics?.metric == .videoAverageWatchTime)
    }

    @Test func anAnswerFillsTheReportWithoutVideoMetricsForAnImage() throws {
        var state = Self.opened()
        send(&state, .pinAnalytics(.loaded(Self.query(["p2"]), ["p2": Self.response(40)])))
        let report = try #require(state.pinAnalytics?.reports.value?["p2"])
        #expect(report.groups.map(\.name) == ["ALL"])
        #expect(report.groups[0].totals[.impressions] == 40 && report.groups[0].totals[.saveRate] == 2)
        #expect(report.groups[0].daily[.saves] == [40])
        #expect(report.days == ["2026-11-30"])
        #expect(report.metrics == PinMetric.requested(includingVideo: false))
        #expect(report.metrics.allSatisfy { !$0.isVideo })
    }

    @Test func upAndDownChooseTheMetricDrawnLarge() {
        var state = Self.opened()
        send(&state, .pinAnalytics(.loaded(Self.query(["p2"]), ["p2": Self.response(40)])))
        #expect(state.pinAnalytics?.metric == .impressions)
        #expect(reduce(&state, .command(.moveDown)) == .none)
        #expect(state.pinAnalytics?.metric == .saves)
        send(&state, .command(.goBottom))
        #expect(state.pinAnalytics?.metric == .profileVisits)
        send(&state, .command(.moveDown))
        #expect(state.pinAnalytics?.metric == .profileVisits, "the last one stays")
        send(&state, .command(.moveUp))
        #expect(state.pinAnalytics?.metric == .follows)
        #expect(state.selectedPin?.id == "p2", "the pins pane below did not move")
    }

    @Test func thePeriodCyclesAndReloadsAndTheOldAnswerIsDropped() {
        var state = Self.opened()
        let toQuarter = reduce(&state, .command(.cyclePeriod))
        #expect(state.pinAnalytics?.period == .days90)
        #expect(request(for: .pinAnalytics, in: toQuarter) == .pinAnalytics(Self.query(["p2"], days: 90)))
        let waiting = state
        send(&state, .pinAnalytics(.loaded(Self.query(["p2"]), ["p2": Self.response(1)])))
        send(&state, .pinAnalytics(.failed(Self.query(["p2"]), APIFailure(userMessage: "late", isRetryable: true))))
        #expect(state == waiting, "answers for the 30 days are stale")
        send(&state, .command(.cyclePeriod))
        #expect(state.pinAnalytics?.period == .days7)
        send(&state, .command(.cyclePeriod))
        #expect(state.pinAnalytics?.period == .days30)
    }

    @Test func theSplitByAppTypeReloadsWithASeriesPerAppType() throws {
        var state = Self.opened()
        send(&state, .pinAnalytics(.loaded(Self.query(["p2"]), ["p2": Self.response(1)])))
        let split = reduce(&state, .command(.splitByAppType))
        let query = Self.query(["p2"], split: true)
        #expect(request(for: .pinAnalytics, in: split) == .pinAnalytics(query))
        #expect(state.pinAnalytics?.reports == .loading)
        send(&state, .pinAnalytics(.loaded(query, ["p2": Self.response(5, groups: ["WEB", "MOBILE", "TABLET"])])))
        let report = try #require(state.pinAnalytics?.reports.value?["p2"])
        #expect(report.groups.map(\.name) == ["MOBILE", "TABLET", "WEB"])
        let unsplit = reduce(&state, .command(.splitByAppType))
        #expect(request(for: .pinAnalytics, in: unsplit) == .pinAnalytics(Self.query(["p2"])))
    }

    @Test func aPinThatIsNotYoursFailsForGood() {
        var state = Self.opened()
        let forbidden = APIFailure(userMessage: "Not authorized to access board or Pin.", status: 403, isRetryable: false)
        send(&state, .pinAnalytics(.failed(Self.query(["p2"]), forbidden)))
        #expect(state.pinAnalytics?.reports == .failed(forbidden))
        #expect(reduce(&state, .command(.retry)) == .none)
        #expect(state.statusMessage == "Retrying would fail the same way (HTTP 403)")
    }

    @Test func aFailureThatMayPassIsRetried() {
        var state = Self.opened()
        send(&state, .pinAnalytics(.failed(Self.query(["p2"]), APIFailure(userMessage: "timed out", isRetryable: true))))
        let retry = reduce(&state, .command(.retry))
        #expect(request(for: .pinAnalytics, in: retry) == .pinAnalytics(Self.query(["p2"])))
        #expect(state.pinAnalytics?.reports == .loading)
        let refresh = reduce(&state, .command(.refresh))
        #expect(request(for: .pinAnalytics, in: refresh) == .pinAnalytics(Self.query(["p2"])))
    }

    @Test func backClosesItCancelsTheLoadAndALateAnswerIsDropped() {
        var state = Self.opened()
        #expect(reduce(&state, .command(.back)) == .cancel(.pinAnalytics))
        #expect(state.pinAnalytics == nil)
        #expect(state.activeContext == .pins && state.boardsScreen.focus == .pins)
        let closed = state
        send(&state, .pinAnalytics(.loaded(Self.query(["p2"]), ["p2": Self.response(1)])))
        #expect(state == closed)
    }

    @Test func showingAScreenClosesItFirstAndHelpOpensOverIt() {
        var state = Self.opened()
        send(&state, .command(.help))
        #expect(state.help.isOpen && state.pinAnalytics != nil)
        send(&state, .command(.closeHelp))
        #expect(state.activeContext == .pinAnalytics)
        let effect = reduce(&state, .command(.showAccount))
        #expect(state.pinAnalytics == nil && state.screen == .account)
        #expect(cancelledIDs(in: effect).contains(.pinAnalytics))
    }

    @Test func keysThatDoNotApplySaySo() {
        var state = Self.opened()
        #expect(reduce(&state, .command(.filter)) == .none)
        #expect(state.statusMessage == "Not in the pin analytics: filter the list")
        #expect(state.pinAnalytics != nil)
    }

    @Test func markedPinsAreComparedInListOrder() {
        var state = Fixture.withFocusedPins(Fixture.pins(4))
        send(&state, .command(.goBottom), .command(.toggleMark), .command(.goTop), .command(.toggleMark))
        let effect = reduce(&state, .command(.comparePins))
        #expect(state.pinAnalytics?.pins.map(\.id) == ["p1", "p4"])
        #expect(state.pinAnalytics?.isComparison == true)
        #expect(request(for: .pinAnalytics, in: effect) == .pinAnalytics(Self.query(["p1", "p4"], compares: true)))
        #expect(state.marks.count == 2, "the marks stay for a bulk action afterwards")
    }

    @Test func comparingNeedsMarksAndAtMostAHundred() {
        var state = Fixture.withFocusedPins(Fixture.pins(101))
        #expect(reduce(&state, .command(.comparePins)) == .none)
        #expect(state.statusMessage == "Mark the pins to compare first")
        state.marks = PinMarks(ids: Set(Fixture.pins(101).map(\.id)))
        #expect(reduce(&state, .command(.comparePins)) == .none)
        #expect(state.statusMessage == "101 pins are marked: Pinterest compares at most 100 at once")
        #expect(state.pinAnalytics == nil)
        state.marks = PinMarks(ids: Set(Fixture.pins(100).map(\.id)))
        send(&state, .command(.comparePins))
        #expect(state.pinAnalytics?.pins.count == 100)
    }

    @Test func comparedPinsSortByTheChosenColumnAndHaveNoSplit() {
        var state = Fixture.withFocusedPins(Fixture.pins(3))
        state.marks = PinMarks(ids: ["p1", "p2", "p3"])
        send(&state, .command(.comparePins))
        let query = Self.query(["p1", "p2", "p3"], compares: true)
        var p1 = Self.response(10), p3 = Self.response(50)
        p1["ALL"]?.summaryMetrics?["SAVE"] = 9
        p3["ALL"]?.summaryMetrics?["SAVE"] = 2
        send(&state, .pinAnalytics(.loaded(query, ["p1": p1, "p3": p3])))
        #expect(state.pinAnalytics?.sortedPins.map(\.id) == ["p3", "p1", "p2"], "by impressions; no numbers last")
        send(&state, .command(.moveDown))
        #expect(state.pinAnalytics?.selectedRow == 1)
        #expect(reduce(&state, .command(.cycleSort)) == .none, "sorting needs no new load")
        #expect(state.pinAnalytics?.metric == .saves && state.pinAnalytics?.selectedRow == 0)
        #expect(state.pinAnalytics?.sortedPins.map(\.id) == ["p1", "p3", "p2"])
        #expect(reduce(&state, .command(.splitByAppType)) == .none)
        #expect(state.statusMessage == "Compared pins have no split: open one pin's analytics to split it by app type")
        let toWeek = reduce(&state, .command(.cyclePeriod))
        #expect(request(for: .pinAnalytics, in: toWeek) == .pinAnalytics(Self.query(["p1", "p2", "p3"], compares: true, days: 90)))
    }

    @Test func theDefaultKeysOpenCycleSplitAndClose() throws {
        var state = Self.onSecondPin()
        state.keymap = try KeymapLoader.load(preset: "default", userFile: nil, presets: TestFiles.presets)
        send(&state, Fixture.key("i"))
        #expect(state.pinAnalytics?.pins.map(\.id) == ["p2"])
        send(&state, Fixture.key("t"), Fixture.key("a"))
        #expect(state.pinAnalytics?.period == .days90 && state.pinAnalytics?.splitsByAppType == true)
        send(&state, Fixture.key(.escape))
        #expect(state.pinAnalytics == nil)
        send(&state, Fixture.key(" "), Fixture.key("C"))
        #expect(state.pinAnalytics?.isComparison == true)
    }

    @Test func daysWithoutNumbersAreNotZeros() throws {
        var state = Self.opened()
        let before: PinAnalyticsResponse = ["ALL": PinAnalyticsMetricsResponse(
            dailyMetrics: [AnalyticsDailyMetrics(date: "2026-11-30", dataStatus: .beforePinCreated, metrics: [:])],
            summaryMetrics: [:])]
        send(&state, .pinAnalytics(.loaded(Self.query(["p2"]), ["p2": before])))
        let report = try #require(state.pinAnalytics?.reports.value?["p2"])
        #expect(report.hasNoDailyData)
        #expect(report.groups[0].daily[.impressions] == [nil])
        #expect(PinMetricsReport(Self.response(1, status: .processing)).unfinishedDayCount == 1)
    }
}
