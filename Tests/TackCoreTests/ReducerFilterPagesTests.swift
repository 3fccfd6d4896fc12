import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: a filter searches every page of a partly loaded list")
struct ReducerFilterPagesTests {
    private let myPins = ListSource.myPins(.none)

    private func page(_ number: Int) -> PageRequest { PageRequest(source: myPins, bookmark: "page\(number)") }

    /// My pins with two pages of 250 pins loaded (the second read ahead) and more to come.
    private func myPinsWithTwoPages() -> AppState {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMyPins))
        send(&state, .pinsPageLoaded(PageRequest(source: myPins), Fixture.pins(250), bookmark: "page2"))
        send(&state, .pinsPageLoaded(page(2), Fixture.pins(250, from: 251), bookmark: "page3"))
        #expect(state.myPinsScreen.pins.phase == .loaded, "the selection is far from the end: no page is read ahead")
        return state
    }

    @Test func aFilterMatchingNothingLoadedLoadsTheNextPagesUntilTheLast() {
        var state = myPinsWithTwoPages()
        send(&state, .command(.filter))
        let typed = reduce(&state, .terminal(.paste("Pin 700")))
        #expect(typed == .request(id: .pane(.myPins), .pages(page(3))), "every page from the third on")
        #expect(state.myPinsScreen.pins.isSearchingAllPages)
        #expect(state.loadingPanes == [.myPins])

        let third = reduce(&state, .pinsPageLoaded(page(3), Fixture.pins(250, from: 501), bookmark: "page4"))
        #expect(state.myPinsScreen.pins.visibleItems.map(\.id) == ["p700"])
        #expect(third == .none, "later pages may hold more matches: the fourth comes by itself")
        #expect(state.myPinsScreen.pins.request == page(4))

        let last = reduce(&state, .pinsPageLoaded(page(4), Fixture.pins(5, from: 751), bookmark: nil))
        #expect(last == .none)
        #expect(state.myPinsScreen.pins.phase == .loaded)
        #expect(!state.myPinsScreen.pins.isSearchingAllPages)
        #expect(state.myPinsScreen.pins.loadedCount == 755)
        #expect(state.myPinsScreen.pins.visibleItems.map(\.id) == ["p700"])
        #expect(state.myPinsScreen.pins.selectedID == "p700")
    }

    @Test func typingMoreWhileAPageIsOnItsWayAsksForNothingMore() {
        var state = myPinsWithTwoPages()
        send(&state, .command(.filter), .terminal(.paste("Pin 7")))
        #expect(state.myPinsScreen.pins.phase == .loadingMore)
        #expect(reduce(&state, .terminal(.paste("0"))) == .none)
        #expect(state.myPinsScreen.pins.visibleItems.map(\.id) == ["p70"], "what is loaded is searched at once")
    }

    @Test func clearingTheFilterStopsLoadingAfterThePageInFlight() {
        var state = myPinsWithTwoPages()
        send(&state, .command(.filter), .terminal(.paste("Pin 700")), .command(.clearFilter))
        let answer = reduce(&state, .pinsPageLoaded(page(3), Fixture.pins(250, from: 501), bookmark: "page4"))
        #expect(answer == .cancel(.pane(.myPins)), "the pages after it are stopped")
        #expect(state.myPinsScreen.pins.hasMore)
    }

    @Test func everyListDoesTheSame() {
        // More than a page below the selection: nothing is read ahead until the filter asks.
        var boards = Fixture.withBoards(Fixture.boards(300), bookmark: "page2")
        send(&boards, .command(.filter))
        #expect(reduce(&boards, .terminal(.paste("Board 900"))) == .request(
            id: .pane(.boards), .pages(PageRequest(source: .ownBoards, bookmark: "page2"))))

        var sections = Fixture.withBoards(Fixture.boards(2))
        send(&sections, .command(.open))
        let page = PageRequest(source: .sections(boardId: "b1"))
        send(&sections, .sectionsPageLoaded(page, (1...300).map { Fixture.section($0) }, bookmark: "page2"))
        send(&sections, .command(.filter))
        #expect(reduce(&sections, .terminal(.paste("Section 999"))) == .request(
            id: .pane(.sections), .pages(PageRequest(source: .sections(boardId: "b1"), bookmark: "page2"))))
    }

    @Test func aFailedPageStopsTheSearchUntilRetried() {
        var state = myPinsWithTwoPages()
        send(&state, .command(.filter), .terminal(.paste("Pin 700")))
        send(&state, .pageFailed(page(3), APIFailure(userMessage: "busy", status: 503, isRetryable: true)))
        #expect(reduce(&state, .terminal(.paste("9"))) == .none)
        send(&state, .command(.acceptFilter))
        #expect(reduce(&state, .command(.retry)) == .request(id: .pane(.myPins), .page(page(3))))
    }
}
