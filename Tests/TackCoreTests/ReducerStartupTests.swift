import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: launch and account")
struct ReducerStartupTests {
    @Test func appStartedLoadsTheAccountAndTheOwnBoards() {
        var state = Fixture.freshState()
        let effect = reduce(&state, .appStarted)
        #expect(effect == .batch([
            .request(id: .account, .account),
            .request(id: .pane(.boards), .page(PageRequest(source: .ownBoards, bookmark: nil, pageSize: 250))),
        ]))
        #expect(state.account == .loading)
        #expect(state.boardsScreen.boards.phase == .loading)
        #expect(state.loadingPanes == [.boards])
    }

    @Test func accountLoadedIsShown() {
        var state = Fixture.freshState()
        send(&state, .appStarted)
        let effect = reduce(&state, .accountLoaded(Account(username: "jules")))
        #expect(effect == .none)
        #expect(state.account.value?.username == "jules")
    }

    @Test func accountFailedIsShownAndRetried() {
        var state = Fixture.freshState()
        let failure = APIFailure(userMessage: "the server did not answer in time: try again", isRetryable: true)
        send(&state, .appStarted, .boardsPageLoaded(PageRequest(source: .ownBoards), [], bookmark: nil))
        send(&state, .accountFailed(failure))
        #expect(state.account == .failed(failure))

        let retry = reduce(&state, .command(.retry))
        #expect(retry == .request(id: .account, .account))
        #expect(state.account == .loading)
    }

    @Test func anAccountAnswerNobodyWaitsForIsIgnored() {
        var state = Fixture.freshState()
        send(&state, .accountLoaded(Account(username: "late")))
        #expect(state.account == .idle)
    }
}
