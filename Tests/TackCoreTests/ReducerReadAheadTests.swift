import PinterestAPI
import TackCore
import Testing

/// Pages of 250 (the API's most), the next one requested while the selection is still a page from the
/// end, and `go_bottom` on a partly loaded list loading every page (one request that answers once a
/// page) until `back` or another movement.
@Suite("Reducer: read-ahead and loading every page")
struct ReducerReadAheadTests {
    private func page(_ number: Int) -> PageRequest {
        PageRequest(source: .boardPins(boardId: "b1"), bookmark: "page\(number)")
    }

    /// Board b1's pins focused, with two pages of 250 loaded and a third to come.
    private func twoPagesLoaded() -> AppState {
        var state = Fixture.withFocusedPins(Fixture.pins(250), bookmark: "page2")
        #expect(state.boardsScreen.pins.request == page(2), "a full first page reads the second ahead")
        send(&state, .pinsPageLoaded(page(2), Fixture.pins(250, from: 251), bookmark: "page3"))
        #expect(state.boardsScreen.pins.phase == .loaded, "the selection is two pages from the end: nothing more yet")
        return state
    }

    @Test func pagesAre250Long() {
        #expect(PageRequest(source: .ownBoards).pageSize == 250)
    }

    @Test func aFullFirstPageRequestsTheNextAtOnce() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.open))
        let effect = reduce(&state, .pinsPageLoaded(PageRequest(source: .boardPins(boardId: "b1")), Fixture.pins(250), bookmark: "page2"))
        #expect(request(for: .pane(.pins), in: effect) == .page(page(2)))
        #expect(state.boardsScreen.pins.phase == .loadingMore)
    }

    @Test func theNextPageIsRequestedOnceWhenLessThanAPageIsLeftBelowTheSelection() {
        var state = twoPagesLoaded()
        for _ in 0..<249 { #expect(reduce(&state, .command(.moveDown)) == .none) }
        #expect(state.boardsScreen.pins.selectedIndex == 249, "250 rows below")
        let effect = reduce(&state, .command(.moveDown))
        #expect(effect == .request(id: .pane(.pins), .page(page(3))))
        #expect(state.boardsScreen.pins.phase == .loadingMore)
        #expect(reduce(&state, .command(.moveDown)) == .none, "no second load while one is in flight")
        #expect(reduce(&state, .command(.pageDown)) == .none)
    }

    @Test func aPageArrivingMeanwhileIsAppendedAndTheSelectionStays() {
        var state = twoPagesLoaded()
        for _ in 0..<250 { send(&state, .command(.moveDown)) }
        let effect = reduce(&state, .pinsPageLoaded(page(3), Fixture.pins(250, from: 501), bookmark: "page4"))
        #expect(state.boardsScreen.pins.loadedCount == 750)
        #expect(state.boardsScreen.pins.items.map(\.id) == (1...750).map { "p\($0)" })
        #expect(state.boardsScreen.pins.selectedID == "p251")
        #expect(effect == .none, "the selection is again more than a page from the end")
    }

    @Test func itemsRepeatedByTheNextPageAreNotDuplicated() {
        var state = Fixture.withFocusedPins(Fixture.pins(3), bookmark: "page2")
        send(&state, .pinsPageLoaded(page(2), Fixture.pins(3, from: 3) + [Fixture.pin(5)], bookmark: nil))
        #expect(state.boardsScreen.pins.items.map(\.id) == ["p1", "p2", "p3", "p4", "p5"])
        #expect(state.boardsScreen.pins.visibleItems.map(\.id) == ["p1", "p2", "p3", "p4", "p5"])
    }

    @Test func goBottomOnAPartlyLoadedListLoadsEveryPageAndFollowsTheEnd() {
        var state = twoPagesLoaded()
        let effect = reduce(&state, .command(.goBottom))
        #expect(effect == .request(id: .pane(.pins), .pages(page(3))), "every page from the third on")
        #expect(state.boardsScreen.pins.isLoadingAll)
        #expect(state.boardsScreen.pins.selectedID == "p500")

        let third = reduce(&state, .pinsPageLoaded(page(3), Fixture.pins(250, from: 501), bookmark: "page4"))
        #expect(third == .none, "the fourth page is already asked for: it comes by itself")
        #expect(state.boardsScreen.pins.request == page(4))
        #expect(state.boardsScreen.pins.phase == .loadingMore)
        #expect(state.boardsScreen.pins.selectedID == "p750")
        #expect(state.boardsScreen.pins.selectedIndex == 749)

        let last = reduce(&state, .pinsPageLoaded(page(4), Fixture.pins(10, from: 751), bookmark: nil))
        #expect(last == .none)
        #expect(state.boardsScreen.pins.selectedID == "p760")
        #expect(!state.boardsScreen.pins.isLoadingAll)
        #expect(state.boardsScreen.pins.phase == .loaded)
    }

    /// While the pages come by themselves, one that arrives with the selection near the end keeps them
    /// coming; the read-ahead alone never asks for them all.
    @Test func thePagesKeepComingWhileTheSelectionIsNearTheEnd() {
        var state = twoPagesLoaded()
        send(&state, .command(.goBottom), .command(.moveUp))
        #expect(!state.boardsScreen.pins.isLoadingAll)
        #expect(reduce(&state, .pinsPageLoaded(page(3), Fixture.pins(100, from: 501), bookmark: "page4")) == .none)
        #expect(state.boardsScreen.pins.request == page(4), "the selection, at p499, is less than a page from the end")
        #expect(state.boardsScreen.pins.phase == .loadingMore)
        #expect(reduce(&state, .pinsPageLoaded(page(4), Fixture.pins(250, from: 601), bookmark: "page5")) == .cancel(.pane(.pins)))
        #expect(state.boardsScreen.pins.phase == .loaded)
        let effects = (0..<300).flatMap { _ in send(&state, .command(.moveDown)) }
        #expect(effects.contains(.request(id: .pane(.pins), .page(page(5)))), "reading ahead asks for one page again")
        #expect(state.boardsScreen.pins.request == page(5))
    }

    @Test func refreshingWhileThePagesComeStopsThem() {
        var state = twoPagesLoaded()
        send(&state, .command(.goBottom))
        let effect = reduce(&state, .command(.refresh))
        #expect(cancelledIDs(in: effect) == [.pane(.pins)])
        #expect(request(for: .pane(.pins), in: effect) == .page(PageRequest(source: .boardPins(boardId: "b1"))))
        send(&state, .pinsPageLoaded(PageRequest(source: .boardPins(boardId: "b1")), Fixture.pins(3), bookmark: nil))
        #expect(state.boardsScreen.pins.items.map(\.id) == ["p1", "p2", "p3"])
        #expect(state.boardsScreen.pins.phase == .loaded)
    }

    @Test func goBottomOnAFullyLoadedListLoadsNothing() {
        var state = Fixture.withFocusedPins(Fixture.pins(30))
        #expect(reduce(&state, .command(.goBottom)) == .none)
        #expect(!state.boardsScreen.pins.isLoadingAll)
        #expect(state.boardsScreen.pins.selectedID == "p30")
    }

    @Test func backStopsLoadingEveryPageAfterThePageInFlight() {
        var state = twoPagesLoaded()
        send(&state, .command(.goBottom))
        #expect(reduce(&state, .command(.back)) == .none)
        #expect(!state.boardsScreen.pins.isLoadingAll)
        #expect(state.boardsScreen.focus == .pins, "back stopped the load; it did not leave the pane")
        let answer = reduce(&state, .pinsPageLoaded(page(3), Fixture.pins(250, from: 501), bookmark: "page4"))
        #expect(answer == .cancel(.pane(.pins)), "the pages after it are stopped")
        #expect(state.boardsScreen.pins.selectedID == "p500", "the selection no longer follows the end")
        #expect(state.boardsScreen.pins.hasMore)
        #expect(state.boardsScreen.pins.phase == .loaded)
        #expect(reduce(&state, .pinsPageLoaded(page(4), Fixture.pins(250, from: 751), bookmark: "page5")) == .none)
        #expect(state.boardsScreen.pins.loadedCount == 750, "a page sent before the stop took effect is dropped")
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .sections, "with nothing loading, back goes to the parent pane")
    }

    @Test func anotherMovementStopsLoadingEveryPage() {
        var state = twoPagesLoaded()
        send(&state, .command(.goBottom), .command(.moveUp))
        #expect(!state.boardsScreen.pins.isLoadingAll)
        send(&state, .pinsPageLoaded(page(3), Fixture.pins(250, from: 501), bookmark: "page4"))
        #expect(state.boardsScreen.pins.selectedID == "p499")
    }

    @Test func aFailedPageStopsTheLoadUntilRetried() {
        var state = twoPagesLoaded()
        send(&state, .command(.goBottom))
        send(&state, .pageFailed(page(3), APIFailure(userMessage: "busy", status: 503, isRetryable: true)))
        #expect(state.boardsScreen.pins.failure != nil)
        #expect(reduce(&state, .command(.retry)) == .request(id: .pane(.pins), .page(page(3))))
        let next = reduce(&state, .pinsPageLoaded(page(3), Fixture.pins(250, from: 501), bookmark: "page4"))
        #expect(next == .request(id: .pane(.pins), .pages(page(4))), "the load goes on after the retry")
    }

    @Test func aFirstPageSmallerThanAPageLoadsTheNextAtOnce() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.open))
        let effect = reduce(
            &state, .sectionsPageLoaded(PageRequest(source: .sections(boardId: "b1")), [Fixture.section(1)], bookmark: "more")
        )
        #expect(effect == .request(id: .pane(.sections), .page(PageRequest(source: .sections(boardId: "b1"), bookmark: "more"))))
    }
}
