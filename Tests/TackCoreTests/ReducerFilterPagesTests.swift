import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: a filter searches every page of a partly loaded list")
struct ReducerFilterPagesTests {
    private let myPins = ListSource.myPins(.none)

    /// My pins with its first page of 25 pins loaded and more to come.
    private func myPinsWithFirstPage() -> AppState {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins))
        send(&state, .pinsPageLoaded(PageRequest(source: myPins), Fixture.pins(25), bookmark: "page2"))
        #expect(state.myPinsScreen.pins.phase == .loaded, "the selection is far from the end: no page is prefetched")
        return state
    }

    @Test func aFilterMatchingNothingLoadedLoadsTheNextPagesUntilTheLast() {
        var state = myPinsWithFirstPage()
        send(&state, .command(.filter))
        let typed = reduce(&state, .terminal(.paste("Pin 30")))
        #expect(typed == .request(id: .pane(.myPins), .page(PageRequest(source: myPins, bookmark: "page2"))))
        #expect(state.myPinsScreen.pins.isSearchingAllPages)
        #expect(state.loadingPanes == [.myPins])

        let second = reduce(&state, .pinsPageLoaded(PageRequest(source: myPins, bookmark: "page2"), Fixture.pins(25, from: 26), bookmark: "page3"))
        #expect(state.myPinsScreen.pins.visibleItems.map(\.id) == ["p30"])
        #expect(second == .request(id: .pane(.myPins), .page(PageRequest(source: myPins, bookmark: "page3"))),
                "later pages may hold more matches")

        let last = reduce(&state, .pinsPageLoaded(PageRequest(source: myPins, bookmark: "page3"), Fixture.pins(5, from: 51), bookmark: nil))
        #expect(last == .none)
        #expect(state.myPinsScreen.pins.phase == .loaded)
        #expect(!state.myPinsScreen.pins.isSearchingAllPages)
        #expect(state.myPinsScreen.pins.loadedCount == 55)
    }

    @Test func typingMoreWhileAPageIsOnItsWayAsksForNothingMore() {
        var state = myPinsWithFirstPage()
        send(&state, .command(.filter), .terminal(.paste("Pin 3")))
        #expect(state.myPinsScreen.pins.phase == .loadingMore)
        #expect(reduce(&state, .terminal(.paste("0"))) == .none)
    }

    @Test func clearingTheFilterStopsLoadingAfterThePageInFlight() {
        var state = myPinsWithFirstPage()
        send(&state, .command(.filter), .terminal(.paste("Pin 30")), .command(.clearFilter))
        let answer = reduce(&state, .pinsPageLoaded(PageRequest(source: myPins, bookmark: "page2"), Fixture.pins(25, from: 26), bookmark: "page3"))
        #expect(answer == .none)
        #expect(state.myPinsScreen.pins.hasMore)
    }

    @Test func everyListDoesTheSame() {
        var boards = Fixture.withBoards(Fixture.boards(25), bookmark: "page2")
        send(&boards, .command(.filter))
        #expect(reduce(&boards, .terminal(.paste("Board 40"))) == .request(
            id: .pane(.boards), .page(PageRequest(source: .ownBoards, bookmark: "page2"))))

        var sections = Fixture.withBoards(Fixture.boards(2))
        send(&sections, .command(.open))
        let page = PageRequest(source: .sections(boardId: "b1"))
        send(&sections, .sectionsPageLoaded(page, (1...25).map { Fixture.section($0) }, bookmark: "page2"))
        send(&sections, .command(.filter))
        #expect(reduce(&sections, .terminal(.paste("Section 99"))) == .request(
            id: .pane(.sections), .page(PageRequest(source: .sections(boardId: "b1"), bookmark: "page2"))))
    }

    @Test func aFailedPageStopsTheSearchUntilRetried() {
        var state = myPinsWithFirstPage()
        let page2 = PageRequest(source: myPins, bookmark: "page2")
        send(&state, .command(.filter), .terminal(.paste("Pin 30")))
        send(&state, .pageFailed(page2, APIFailure(userMessage: "busy", status: 503, isRetryable: true)))
        #expect(reduce(&state, .terminal(.paste("9"))) == .none)
        send(&state, .command(.acceptFilter))
        #expect(reduce(&state, .command(.retry)) == .request(id: .pane(.myPins), .page(page2)))
    }
}
