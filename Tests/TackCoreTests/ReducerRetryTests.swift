import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: retry only what may succeed, and the account")
struct ReducerRetryTests {
    private let notFound = APIFailure(userMessage: "not found", status: 404, isRetryable: false)
    private let busy = APIFailure(userMessage: "Pinterest had a server error: try again", status: 503, isRetryable: true)

    @Test func aFailureThatWouldRecurIsNotRetriedAndTheMessageSaysSo() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.open), .pageFailed(PageRequest(source: .sections(boardId: "b1")), notFound))
        #expect(reduce(&state, .command(.retry)) == .none)
        #expect(state.boardsScreen.sections.failure == notFound, "the failure stays on screen")
        #expect(state.statusMessage == "Retrying would fail the same way (HTTP 404)")
    }

    @Test func aFailedAccountIsRetriedWhenNoPaneFailed() {
        var state = Fixture.freshState()
        send(&state, .appStarted, .accountFailed(busy))
        send(&state, .boardsPageLoaded(PageRequest(source: .ownBoards), Fixture.boards(2), bookmark: nil))
        #expect(reduce(&state, .command(.retry)) == .request(id: .account, .account))
        #expect(state.account == .loading)
        send(&state, .accountLoaded(Account(username: "jules")))
        #expect(state.account.value?.username == "jules")
    }

    @Test func aFailedPaneAndAFailedAccountAreRetriedTogether() {
        var state = Fixture.freshState()
        send(&state, .appStarted, .accountFailed(busy), .pageFailed(PageRequest(source: .ownBoards), busy))
        let effect = reduce(&state, .command(.retry))
        #expect(effect == .batch([
            .request(id: .pane(.boards), .page(PageRequest(source: .ownBoards))), .request(id: .account, .account),
        ]))
    }

    @Test func anAccountFailureThatWouldRecurIsNotRetried() {
        var state = Fixture.freshState()
        let unauthorized = APIFailure(userMessage: "authentication failed", status: 401, isRetryable: false)
        send(&state, .appStarted, .accountFailed(unauthorized))
        send(&state, .boardsPageLoaded(PageRequest(source: .ownBoards), Fixture.boards(2), bookmark: nil))
        #expect(reduce(&state, .command(.retry)) == .none)
        #expect(state.account == .failed(unauthorized))
        #expect(state.statusMessage == "Retrying would fail the same way (HTTP 401)")
    }

    @Test func refreshReloadsEvenWhatRetryWouldNot() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .pageFailed(PageRequest(source: .ownBoards), notFound))
        let effect = reduce(&state, .command(.refresh))
        #expect(request(for: .pane(.boards), in: effect) == .page(PageRequest(source: .ownBoards)))
    }
}
