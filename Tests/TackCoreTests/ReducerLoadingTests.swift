import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: loading, failures and retry")
struct ReducerLoadingTests {
    private let failure = APIFailure(userMessage: "the server had a problem: try again", status: 503, isRetryable: true)

    @Test func boardsFailureIsKeptInTheBoardsPaneAndRetried() {
        var state = Fixture.freshState()
        send(&state, .appStarted)
        let request = PageRequest(source: .ownBoards)
        send(&state, .pageFailed(request, failure))
        #expect(state.boardsScreen.boards.phase == .failed(failure))
        #expect(state.boardsScreen.boards.failure == failure)
        #expect(state.loadingPanes.isEmpty)

        let retry = reduce(&state, .command(.retry))
        #expect(retry == .request(id: .pane(.boards), .page(request)))
        #expect(state.boardsScreen.boards.phase == .loading)
        send(&state, .boardsPageLoaded(request, Fixture.boards(2), bookmark: nil))
        #expect(state.boardsScreen.boards.phase == .loaded)
        #expect(state.boardsScreen.boards.loadedCount == 2)
    }

    @Test(arguments: [BoardsFocus.sections, .pins])
    func aFailedPaneDoesNotAffectTheOthersAndIsRetriedWhenFocused(pane: BoardsFocus) {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.open))
        let sections = PageRequest(source: .sections(boardId: "b1"))
        let pins = PageRequest(source: .boardPins(boardId: "b1"))
        let failed = pane == .sections ? sections : pins
        send(&state, .pageFailed(failed, failure))
        if pane == .sections {
            send(&state, .pinsPageLoaded(pins, Fixture.pins(2), bookmark: nil))
            #expect(state.boardsScreen.pins.phase == .loaded)
            #expect(state.boardsScreen.sections.failure == failure)
        } else {
            send(&state, .sectionsPageLoaded(sections, [], bookmark: nil))
            #expect(state.boardsScreen.sections.phase == .loaded)
            #expect(state.boardsScreen.pins.failure == failure)
        }
        state.boardsScreen.focus = pane
        let retry = reduce(&state, .command(.retry))
        #expect(retry == .request(id: .pane(pane == .sections ? .sections : .pins), .page(failed)))
    }

    @Test func retryWithNothingFailedSaysSo() {
        var state = Fixture.withBoards(Fixture.boards(2))
        #expect(reduce(&state, .command(.retry)) == .none)
        #expect(state.statusMessage == "Nothing to retry")
        send(&state, Fixture.key("j"))
        #expect(state.statusMessage == nil)
    }

    @Test func aFailedNextPageKeepsTheItemsAndRetriesTheSameBookmark() {
        var state = Fixture.withBoards(Fixture.boards(5), bookmark: "page2")
        let next = PageRequest(source: .ownBoards, bookmark: "page2")
        #expect(state.boardsScreen.boards.phase == .loadingMore)
        send(&state, .pageFailed(next, failure))
        #expect(state.boardsScreen.boards.loadedCount == 5)
        #expect(state.boardsScreen.boards.failure == failure)
        #expect(reduce(&state, .command(.retry)) == .request(id: .pane(.boards), .page(next)))
        #expect(state.boardsScreen.boards.phase == .loadingMore)
    }

    @Test func refreshReloadsTheAccountAndEveryListOnScreenKeepingWhatIsShown() {
        var state = Fixture.withOpenBoard()
        let effect = reduce(&state, .command(.refresh))
        #expect(effect == .batch([
            .request(id: .account, .account),
            .request(id: .pane(.boards), .page(PageRequest(source: .ownBoards))),
            .request(id: .pane(.sections), .page(PageRequest(source: .sections(boardId: "b1")))),
            .request(id: .pane(.pins), .page(PageRequest(source: .boardPins(boardId: "b1")))),
        ]))
        #expect(state.boardsScreen.boards.loadedCount == 3)
        #expect(state.boardsScreen.pins.phase == .loading)
    }

    @Test func aRefreshedFirstPageReplacesTheItemsAndKeepsTheSelection() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.moveDown), .command(.refresh))
        send(&state, .boardsPageLoaded(PageRequest(source: .ownBoards), [Fixture.board(2), Fixture.board(4)], bookmark: nil))
        #expect(state.boardsScreen.boards.items.map(\.id) == ["b2", "b4"])
        #expect(state.boardsScreen.boards.selectedID == "b2")
    }

    @Test func whenTheSelectedItemDisappearsOnRefreshTheSamePositionIsSelected() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.goBottom), .command(.refresh))
        send(&state, .boardsPageLoaded(PageRequest(source: .ownBoards), Fixture.boards(2), bookmark: nil))
        #expect(state.boardsScreen.boards.selectedID == "b2")
    }

    @Test func refreshWhileLoadingCancelsTheLoadInFlight() {
        var state = Fixture.freshState()
        send(&state, .appStarted)
        let effect = reduce(&state, .command(.refresh))
        #expect(cancelledIDs(in: effect) == [.pane(.boards)])
    }
}
