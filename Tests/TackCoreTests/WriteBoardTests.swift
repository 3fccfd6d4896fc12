import PinterestAPI
import TackCore
import Testing

@Suite("Writes: boards")
struct WriteBoardTests {
    private let trips = BoardCreate(name: "Trips 2026 🏕", description: nil, privacy: .public)

    private func creatingBoard() -> (AppState, Effect) {
        var state = WriteFixture.boards()
        send(&state, .command(.createBoard))
        fill(&state, .name, with: "Trips 2026 🏕")
        let effect = reduce(&state, .command(.submit))
        return (state, effect)
    }

    @Test func aCreatedBoardAppearsSelectedWithoutAReload() {
        var (state, effect) = creatingBoard()
        #expect(effect == .request(id: .write(.createBoard(trips)), .write(.createBoard(trips))))
        #expect(state.form?.phase == .submitting)

        let created = Board(id: "b9", name: "Trips 2026 🏕", privacy: .public)
        let after = reduce(&state, .writeSucceeded(.createBoard(trips), .board(created)))
        #expect(after == .none, "no reload")
        #expect(state.form == nil)
        #expect(state.boardsScreen.boards.items.first == created)
        #expect(state.selectedBoard == created)
        #expect(state.statusMessage == "Board “Trips 2026 🏕” created")
    }

    @Test func aFailedCreateKeepsTheFormAndWhatWasTypedAndCanBeResubmitted() {
        var (state, _) = creatingBoard()
        send(&state, .writeFailed(.createBoard(trips), WriteFixture.busy))
        #expect(state.form?.phase == .failed(WriteFixture.busy))
        #expect(state.form?[.name]?.textBuffer?.text == "Trips 2026 🏕")
        #expect(state.boardsScreen.boards.items.count == 3, "creates are not optimistic")
        #expect(state.activeContexts == [.form])

        let retry = reduce(&state, .command(.submit))
        #expect(requestedWrite(in: retry) == .createBoard(trips))
        #expect(state.form?.phase == .submitting)
    }

    @Test func aSignInThatEndedMidSaveKeepsTheFormAndSaysToSignInAgain() {
        var (state, _) = creatingBoard()
        let ended = APIFailure(PinterestError(
            kind: .signInEnded, message: "The sign-in has ended: Pinterest no longer takes its refresh token",
            operation: "oauth/token"))
        send(&state, .writeFailed(.createBoard(trips), ended))
        #expect(state.form?.phase == .failed(ended))
        #expect(ended.userMessage.hasSuffix("(run `tack auth login` to sign in again)"))
        #expect(state.form?[.name]?.textBuffer?.text == "Trips 2026 🏕", "nothing typed is lost")
        #expect(!ended.isRetryable, "retrying cannot help until the user signs in again")
    }

    @Test func submittingTwiceSendsOnce() {
        var (state, _) = creatingBoard()
        #expect(reduce(&state, .command(.submit)) == .none)
        #expect(reduce(&state, .terminal(.paste("more"))) == .none)
        #expect(state.form?[.name]?.textBuffer?.text == "Trips 2026 🏕", "the form cannot change while it saves")
    }

    @Test func anInvalidFormIsNotSentAndTheWrongFieldGetsTheFocus() {
        var state = WriteFixture.boards()
        send(&state, .command(.createBoard), .command(.nextField), .command(.nextField))
        #expect(state.form?.focusedField?.id == .privacy)
        #expect(reduce(&state, .command(.submit)) == .none)
        #expect(state.form?.phase == .editing)
        #expect(state.form?.focusedField?.id == .name)
        #expect(state.form?.errors[.name] == "Name is required")
        #expect(state.statusMessage == "Not saved: Name is required")
    }

    @Test func anEditShowsAtOnceAndTheAnswerReplacesIt() {
        var state = WriteFixture.boards()
        send(&state, .command(.moveDown), .command(.editBoard))
        fill(&state, .name, with: "Holidays")
        let effect = reduce(&state, .command(.submit))
        let request = WriteRequest.updateBoard(boardId: "b2", BoardUpdate(name: "Holidays"))
        #expect(requestedWrite(in: effect) == request)
        #expect(state.boardsScreen.boards.items[1].name == "Holidays", "optimistic")
        #expect(state.boardsScreen.boards.items[1].pinCount == 7)

        let answer = Board(id: "b2", name: "Holidays", pinCount: 8)
        send(&state, .writeSucceeded(request, .board(answer)))
        #expect(state.boardsScreen.boards.items[1] == answer)
        #expect(state.selectedBoard == answer)
        #expect(state.form == nil)
        #expect(state.statusMessage == "Board “Holidays” saved")
    }

    @Test func aChoiceChangesWithLeftAndRightAsItsArrowsPromiseAndTextFieldsStillMoveTheCursor() {
        var state = WriteFixture.boards()
        send(&state, .command(.createBoard))
        fill(&state, .name, with: "Trips")
        send(&state, .command(.cursorLeft))
        state.form?.editFocusedText(.insert("!"))
        #expect(state.form?[.name]?.textBuffer?.text == "Trip!s", "left in a text field moves its cursor")
        send(&state, .command(.nextField), .command(.nextField))
        #expect(state.form?.focusedField?.id == .privacy)
        let first = state.form?[.privacy]?.selectedOption?.id
        send(&state, .command(.cursorRight))
        let second = state.form?[.privacy]?.selectedOption?.id
        #expect(second != first, "right chooses the next option")
        send(&state, .command(.cursorLeft))
        #expect(state.form?[.privacy]?.selectedOption?.id == first, "left goes back")
        send(&state, .command(.cursorLeft))
        guard case .choice(let options, _)? = state.form?[.privacy]?.value else {
            Issue.record("privacy is a choice")
            return
        }
        #expect(state.form?[.privacy]?.selectedOption == options.last, "and wraps round to the last, as enter wraps to the first")
    }

    @Test func aFailedEditRollsBackTheListAndTheOpenedBoard() {
        var state = WriteFixture.boards()
        send(&state, .command(.open), .command(.back), .command(.editBoard))
        fill(&state, .name, with: "Holidays")
        send(&state, .command(.nextField), .command(.nextField), .command(.activateField))
        #expect(state.form?[.privacy]?.selectedOption?.id == "SECRET", "activate cycles a choice")
        let effect = reduce(&state, .command(.submit))
        let request = WriteRequest.updateBoard(boardId: "b1", BoardUpdate(name: "Holidays", privacy: .secret))
        #expect(requestedWrite(in: effect) == request)
        #expect(state.boardsScreen.chosenBoard?.name == "Holidays")
        #expect(state.boardsScreen.boards.items[0].privacy == .secret)

        send(&state, .writeFailed(request, WriteFixture.busy))
        #expect(state.boardsScreen.boards.items == WriteFixture.boards().boardsScreen.boards.items)
        #expect(state.boardsScreen.chosenBoard == Fixture.board(1, pinCount: 5))
        #expect(state.form?.phase == .failed(WriteFixture.busy))
        #expect(state.form?[.name]?.textBuffer?.text == "Holidays")
    }

    @Test func anEditThatChangesNothingJustCloses() {
        var state = WriteFixture.boards()
        send(&state, .command(.editBoard))
        #expect(reduce(&state, .command(.submit)) == .none)
        #expect(state.form == nil)
        #expect(state.statusMessage == "Nothing changed")
    }

    @Test func boardWritesNeedOwnBoards() {
        var state = WriteFixture.boards()
        send(&state, .command(.showFollowedBoards), .boardsPageLoaded(PageRequest(source: .followedBoards), [Fixture.board(7)], bookmark: nil))
        for command in [Command.createBoard, .editBoard, .deleteBoard] {
            #expect(reduce(&state, .command(command)) == .none)
            #expect(state.form == nil && state.confirmation == nil)
        }
        #expect(state.statusMessage == "Only your own boards can be changed: show your boards first")
    }
}
