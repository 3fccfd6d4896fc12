import PinterestAPI
import TackCore
import Testing

/// What the top part of the analytics screen asks for: how many pins (10 to 50), only those created in the
/// last 30 days or all, top pins or top video pins each by its own sort; every change asks the API again
/// and drops the answers to the questions before.
@Suite("Reducer: top pins choices")
struct ReducerTopPinsChoicesTests {
    private typealias Top = ReducerTopPinsTests

    /// The analytics screen with the top pins by saves loaded.
    private func onTopPins() -> AppState {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics), .command(.focusNext))
        send(&state, .analyticsScreen(.topPinsLoaded(Top.query(), Top.table(["p1", "p2"]))))
        return state
    }

    @Test func moreAndFewerStepFromTenToFiftyAndAskAgain() {
        var state = onTopPins()
        #expect(reduce(&state, .command(.moreTopPins)) == .request(id: .topPins, .topPins(Top.query(count: 30))))
        #expect(state.analyticsScreen.topPins == .loading)
        send(&state, .command(.moreTopPins), .command(.moreTopPins))
        #expect(state.analyticsScreen.topPinCount == 50)
        send(&state, .analyticsScreen(.topPinsLoaded(Top.query(count: 50), Top.table(["p1"]))))
        #expect(reduce(&state, .command(.moreTopPins)) == .none, "the API gives 50 at most")
        #expect(state.statusMessage == "50 top pins is the most the API gives")
        #expect(state.analyticsScreen.topPins.value?.rows.count == 1, "the answer on view stays")

        send(&state, .command(.fewerTopPins), .command(.fewerTopPins), .command(.fewerTopPins))
        #expect(reduce(&state, .command(.fewerTopPins)) == .request(id: .topPins, .topPins(Top.query(count: 10))))
        send(&state, .analyticsScreen(.topPinsLoaded(Top.query(count: 10), Top.table(["p1"]))))
        #expect(reduce(&state, .command(.fewerTopPins)) == .none)
        #expect(state.statusMessage == "10 top pins is the fewest")
        #expect(state.analyticsScreen.topPinCount == 10)
    }

    @Test func theRecentPinsChoiceIsSentAndTheAnswerForAllPinsDropped() {
        var state = onTopPins()
        let recent = Top.query(onlyRecentPins: true)
        #expect(reduce(&state, .command(.toggleRecentPins)) == .request(id: .topPins, .topPins(recent)))
        #expect(recent.createdInLastNDays == 30)
        send(&state, .analyticsScreen(.topPinsLoaded(Top.query(), Top.table(["old"]))))
        #expect(state.analyticsScreen.topPins == .loading, "the answer for every pin is dropped")
        send(&state, .analyticsScreen(.topPinsLoaded(recent, Top.table(["new"]))))
        #expect(state.analyticsScreen.topPins.value?.rows.map(\.pinId) == ["new"])

        #expect(reduce(&state, .command(.toggleRecentPins)) == .request(id: .topPins, .topPins(Top.query())))
        #expect(Top.query().createdInLastNDays == nil)
    }

    @Test func videoPinsAreRankedByTheirOwnSortAndEachKindKeepsItsSort() {
        var state = onTopPins()
        send(&state, .command(.cycleSort))
        #expect(state.analyticsScreen.topPinsSort == .impressions)

        let videos = Top.query(.videoViews, kind: .videoPins)
        #expect(reduce(&state, .command(.toggleVideoPins)) == .request(id: .topPins, .topPins(videos)))
        #expect(state.analyticsScreen.topPinsKind == .videoPins)
        #expect(reduce(&state, .command(.cycleSort))
            == .request(id: .topPins, .topPins(Top.query(.averageWatchTime, kind: .videoPins))))
        #expect(state.analyticsScreen.topVideoPinsSort == .averageWatchTime)

        #expect(reduce(&state, .command(.toggleVideoPins)) == .request(id: .topPins, .topPins(Top.query(.impressions))))
        #expect(reduce(&state, .command(.toggleVideoPins))
            == .request(id: .topPins, .topPins(Top.query(.averageWatchTime, kind: .videoPins))))
    }

    @Test func theVideoSortsAreTheAPIsSortByValuesAndCycleThroughAll() {
        let sorts = TopPinsKind.videoPins.sorts
        #expect(Set(sorts.map(\.rawValue)) == [
            "IMPRESSION", "SAVE", "OUTBOUND_CLICK", "VIDEO_MRC_VIEW", "VIDEO_AVG_WATCH_TIME", "VIDEO_V50_WATCH_TIME",
            "QUARTILE_95_PERCENT_VIEW", "VIDEO_10S_VIEW", "VIDEO_START",
        ])
        #expect(Set(TopPinsKind.pins.sorts.map(\.rawValue)) == ["ENGAGEMENT", "IMPRESSION", "OUTBOUND_CLICK", "PIN_CLICK", "SAVE"])
        var sort = sorts[0], visited: [TopPinsSort] = []
        for _ in sorts {
            visited.append(sort)
            sort = sort.next(in: .videoPins)
        }
        #expect(visited == sorts && sort == sorts[0])
        #expect(TopPinsSort.engagements.next(in: .videoPins) == .videoViews, "a sort video pins lack starts over")
        #expect(sorts.filter(\.isDuration) == [.averageWatchTime, .playTime])
    }

    @Test func anAnswerForTheOtherKindIsDropped() {
        var state = onTopPins()
        send(&state, .command(.fewerTopPins), .command(.toggleVideoPins))
        send(&state, .analyticsScreen(.topPinsLoaded(Top.query(count: 10), Top.table(["image"]))))
        #expect(state.analyticsScreen.topPins == .loading)
        let failure = APIFailure(userMessage: "rate limited", isRetryable: true)
        send(&state, .analyticsScreen(.topPinsFailed(Top.query(count: 10), failure)))
        #expect(state.analyticsScreen.topPins == .loading, "a failure of the question before is dropped too")
        send(&state, .analyticsScreen(.topPinsLoaded(Top.query(.videoViews, kind: .videoPins, count: 10), Top.table(["video"]))))
        #expect(state.analyticsScreen.topPins.value?.rows.map(\.pinId) == ["video"])
    }

    @Test func fromTheMetricsEachChoiceShowsTheTopPart() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showAnalytics))
        #expect(reduce(&state, .command(.toggleVideoPins))
            == .request(id: .topPins, .topPins(Top.query(.videoViews, kind: .videoPins))))
        #expect(state.analyticsScreen.part == .topPins)
    }

    @Test func aNewPeriodKeepsTheChoices() {
        var state = onTopPins()
        send(&state, .command(.toggleVideoPins), .command(.toggleRecentPins), .command(.moreTopPins))
        let quarter = AnalyticsWindow(days: 90, endingDaysAgo: 0)
        let effect = reduce(&state, .command(.cyclePeriod))
        #expect(request(for: .topPins, in: effect)
            == .topPins(Top.query(.videoViews, kind: .videoPins, window: quarter, count: 30, onlyRecentPins: true)))
    }

    @Test func videoPinsAreNamedFromTheSameCacheAndOpenOnTheirBoard() {
        var state = onTopPins()
        var seven = Pin(id: "p7", title: "Seven")
        seven.boardId = "b2"
        send(&state, .analyticsScreen(.pinDetailsLoaded(seven)))
        send(&state, .command(.toggleVideoPins))
        let videos = Top.query(.videoViews, kind: .videoPins)
        let effect = reduce(&state, .analyticsScreen(.topPinsLoaded(videos, Top.table(["p7", "v1"], metric: "VIDEO_MRC_VIEW"))))
        #expect(effect == .all([.request(id: .pinDetails("v1"), .pin(id: "v1"))]), "p7 is known already")

        send(&state, .command(.open))
        #expect(state.screen == .boards)
        #expect(state.boardsScreen.chosenBoard?.id == "b2")
    }
}
