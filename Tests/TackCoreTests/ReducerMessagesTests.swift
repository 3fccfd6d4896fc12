import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: the messages overlay shows messages and failures whole")
struct ReducerMessagesTests {
    private let long = "Could not save pin “Peach”: The sandbox was asked for a board that does not exist (check the board id)"

    @Test func theLastMessageOutlivesTheStatusLineAndTheNextKeyClosesTheOverlay() {
        var state = Fixture.withBoards(Fixture.boards(2))
        state.statusMessage = long
        send(&state, Fixture.key("j"))
        #expect(state.statusMessage == nil)
        #expect(state.lastMessage == long)

        send(&state, .command(.showMessages))
        #expect(state.isShowingMessages)
        #expect(state.messagesInFull == [FullMessage(subject: "Last message", text: long, isFailure: false)])

        let selected = state.boardsScreen.boards.selectedID
        #expect(reduce(&state, Fixture.key("j")) == .none)
        #expect(!state.isShowingMessages)
        #expect(state.boardsScreen.boards.selectedID == selected, "the closing key does nothing else")
    }

    @Test func theFailuresOnScreenAreListedWhole() {
        var state = Fixture.freshState()
        let failure = APIFailure(userMessage: "authentication failed: the access token is invalid or expired", status: 401)
        send(&state, .appStarted, .accountFailed(failure))
        send(&state, .boardsPageLoaded(PageRequest(source: .ownBoards), Fixture.boards(2), bookmark: nil))
        send(&state, .command(.open), .pageFailed(PageRequest(source: .boardPins(boardId: "b1")), failure))
        #expect(state.messagesInFull == [
            FullMessage(subject: "Account", text: failure.userMessage, isFailure: true),
            FullMessage(subject: "Pins", text: failure.userMessage, isFailure: true),
        ])
    }

    @Test func withNothingToShowTheOverlayStaysClosed() {
        var state = Fixture.withBoards(Fixture.boards(2))
        send(&state, .command(.showMessages))
        #expect(!state.isShowingMessages)
        #expect(state.statusMessage == "No messages")
    }
}
