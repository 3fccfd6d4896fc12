import PinterestAPI
import TackCore
import Testing

/// The analytics screen's top pins: loaded when first shown, re-sorted by the API, named by pins fetched
/// by id a few at a time, stale answers dropped, failures retried.
@Suite("Reducer: top pins")
struct ReducerTopPinsTests {
    private static let month = AnalyticsWindow(days: 30, endingDaysAgo: 0)

    /// The default question: the top 20 pins of the last 30 days by saves.
    static func query(
        _ sort: TopPinsSort = .saves, kind: TopPinsKind = .pins, window: AnalyticsWindow = month, count: Int = 20,
        onlyRecentPins: Bool = false
    ) -> TopPinsQuery {
        TopPinsQuery(kind: kind, window: window, sort: sort, count: count, onlyRecentPins: onlyRecentPins)
    }

    static func table(_ ids: [String], metric: String = "SAVE") -> TopPinsTable {
        TopPinsTable(rows: ids.enumerated().map { index, id in .init(pinId: id, metrics: [metric: Double(100 - index)]) })
    }

    /// The analytics screen with its metrics part on view.
    private func onAnalytics() -> AppState {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics))
        return state
    }

    @Test func theNextPartLoadsTheTopPinsOnce() {
        var state = onAnalytics()
        let effect = reduce(&state, .command(.focusNext))
        #expect(state.analyticsScreen.part == .topPins)
        #expect(effect == .request(id: .topPins, .topPins(Self.query())))
        #expect(state.analyticsScreen.topPins == .loading)
        send(&state, .analyticsScreen(.topPinsLoaded(Self.query(), Self.table([]))))
        send(&state, .command(.focusNext))
        #expect(state.analyticsScreen.part == .metrics)
        #expect(reduce(&state, .command(.focusPrevious)) == .none, "loaded already")
    }

    @Test func pinsAreFetchedByIdAFewAtATimeUnlessTheyAreLoaded() throws {
        var state = Fixture.withFocusedPins(Fixture.pins(2))
        send(&state, .command(.showAnalytics), .command(.focusNext))
        let ids = ["p1", "p9", "p10", "p11", "p12", "p13", "p14"]
        let effect = reduce(&state, .analyticsScreen(.topPinsLoaded(Self.query(), Self.table(ids))))
        let atOnce = AnalyticsScreenState.pinDetailsAtOnce
        let first = ids.dropFirst().prefix(atOnce)
        #expect(effect == .all(first.map { .request(id: .pinDetails($0), .pin(id: $0)) }),
                "p1 is on the board on view: not fetched")
        #expect(state.loadedPin(id: "p1") == Fixture.pin(1))

        let next = reduce(&state, .analyticsScreen(.pinDetailsLoaded(Pin(id: "p9", title: "Nine"))))
        #expect(next == .request(id: .pinDetails("p13"), .pin(id: "p13")), "one answer, one more asked for")
        #expect(state.analyticsScreen.pinDetails["p9"] == .loaded(Pin(id: "p9", title: "Nine")))
        let failure = APIFailure(userMessage: "pin not found", status: 404, isRetryable: false)
        let afterFailure = reduce(&state, .analyticsScreen(.pinDetailsFailed(pinId: "p10", failure)))
        #expect(afterFailure == .request(id: .pinDetails("p14"), .pin(id: "p14")))
        #expect(state.analyticsScreen.pinDetails["p10"] == .failed(failure))
    }

    @Test func sortingAsksTheAPIAgainAndDropsTheOldAnswer() {
        var state = onAnalytics()
        send(&state, .command(.focusNext))
        let effect = reduce(&state, .command(.cycleSort))
        #expect(state.analyticsScreen.topPinsSort == .impressions)
        #expect(effect == .request(id: .topPins, .topPins(Self.query(.impressions))))
        send(&state, .analyticsScreen(.topPinsLoaded(Self.query(), Self.table(["p1"]))))
        #expect(state.analyticsScreen.topPins == .loading, "the answer for saves is dropped")
        send(&state, .analyticsScreen(.topPinsLoaded(Self.query(.impressions), Self.table(["p2"], metric: "IMPRESSION"))))
        #expect(state.analyticsScreen.topPins.value?.rows.map(\.pinId) == ["p2"])
    }

    @Test func aNewPeriodReloadsTheTopPinsOnView() {
        var state = onAnalytics()
        send(&state, .command(.focusNext), .analyticsScreen(.topPinsLoaded(Self.query(), Self.table(["p1"]))))
        let effect = reduce(&state, .command(.cyclePeriod))
        let quarter = AnalyticsWindow(days: 90, endingDaysAgo: 0)
        #expect(request(for: .topPins, in: effect) == .topPins(Self.query(window: quarter)))
        #expect(request(for: .analytics, in: effect) == .accountAnalytics(quarter))
    }

    @Test func movingSelectsWithinTheRows() {
        var state = onAnalytics()
        send(&state, .command(.focusNext), .analyticsScreen(.topPinsLoaded(Self.query(), Self.table(["a", "b", "c"]))))
        send(&state, .command(.moveDown), .command(.moveDown), .command(.moveDown))
        #expect(state.analyticsScreen.selectedTopPin == 2)
        send(&state, .command(.goTop))
        #expect(state.analyticsScreen.selectedTopPin == 0)
        #expect(state.analyticsScreen.metric == .impressions, "the metrics' choice is untouched")
    }

    @Test func enterOpensTheTopPinOnItsBoardAndSelectsItWhenItsPageComesIn() {
        var state = onAnalytics()
        send(&state, .command(.focusNext), .analyticsScreen(.topPinsLoaded(Self.query(), Self.table(["p9", "p7"]))))
        send(&state, .command(.moveDown))
        #expect(reduce(&state, .command(.open)) == .none)
        #expect(state.statusMessage == "Still getting pin p7: try again in a moment")

        var pin = Pin(id: "p7", title: "Seven")
        pin.boardId = "b2"
        send(&state, .analyticsScreen(.pinDetailsLoaded(pin)))
        let effect = reduce(&state, .command(.open))
        #expect(state.screen == .boards)
        #expect(state.boardsScreen.chosenBoard?.id == "b2")
        #expect(state.selectedBoard?.id == "b2")
        #expect(state.boardsScreen.focus == .pins)
        let pins = PageRequest(source: .boardPins(boardId: "b2"))
        #expect(request(for: .pane(.pins), in: effect) == .page(pins))

        send(&state, .pinsPageLoaded(pins, Fixture.pins(9), bookmark: nil))
        #expect(state.boardsScreen.pins.selectedID == "p7")
        #expect(state.boardsScreen.pinToSelect == nil)
    }

    @Test func aTopPinOfAnotherAccountsBoardSaysSo() {
        var state = onAnalytics()
        send(&state, .command(.focusNext), .analyticsScreen(.topPinsLoaded(Self.query(), Self.table(["p9"]))))
        var pin = Pin(id: "p9", title: "Nine")
        pin.boardId = "elsewhere"
        send(&state, .analyticsScreen(.pinDetailsLoaded(pin)), .command(.open))
        #expect(state.screen == .analytics)
        #expect(state.statusMessage == "The pin's board is not among your boards")
    }

    @Test func aFailureIsRetried() {
        var state = onAnalytics()
        send(&state, .command(.focusNext))
        let failure = APIFailure(userMessage: "network down", isRetryable: true)
        send(&state, .analyticsScreen(.topPinsFailed(Self.query(), failure)))
        #expect(state.analyticsScreen.topPins == .failed(failure))
        #expect(request(for: .topPins, in: reduce(&state, .command(.retry))) == .topPins(Self.query()))
    }
}
