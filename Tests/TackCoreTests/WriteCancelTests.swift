import PinterestAPI
import TackCore
import Testing

/// Cancelling a save in progress with the form's cancel key (esc): the write's effect is cancelled, the
/// form stays open with what was typed and says whether the write may still have gone through.
@Suite("Writes: cancelling a save")
struct WriteCancelTests {
    private static let trips = WriteRequest.createBoard(BoardCreate(name: "Trips", description: nil, privacy: .public))

    /// The new-board form with "Trips" typed, submitted.
    private func savingTrips() -> AppState {
        var state = WriteFixture.boards()
        send(&state, .command(.createBoard))
        fill(&state, .name, with: "Trips")
        #expect(requestedWrite(in: reduce(&state, .command(.submit))) == Self.trips)
        return state
    }

    @Test func aSaveThatLeftIsCancelledAndTheFormSaysItMayStillHaveGoneThrough() {
        var state = savingTrips()
        send(&state, .requestProgress(.write(Self.trips), .sent))
        #expect(state.form?.writeMayHaveArrived == true)

        let effect = reduce(&state, .command(.cancelForm))
        #expect(effect == .cancel(.write(Self.trips)), "the request is abandoned")
        #expect(state.form?.phase == .cancelled(mayHaveBeenApplied: true))
        #expect(state.form?[.name]?.textBuffer?.text == "Trips", "what was typed stays")
        #expect(state.confirmation == nil, "no discard question: the form stays open")
        #expect(state.form?.cancellationMessage(refreshKey: "ctrl-r")
            == "Cancelled. The board may still have been created: refresh (ctrl-r) to check")
    }

    @Test func aSaveThatNeverLeftSaysItWasNotSent() {
        var state = savingTrips()
        #expect(reduce(&state, .command(.cancelForm)) == .cancel(.write(Self.trips)))
        #expect(state.form?.phase == .cancelled(mayHaveBeenApplied: false))
        #expect(state.form?.cancellationMessage(refreshKey: "ctrl-r")
            == "Cancelled before Pinterest took it: the board was not created")
    }

    /// A 429 means Pinterest applied nothing: until the client's retry leaves, the write has not arrived.
    @Test func aSaveRefusedByARateLimitAndNotYetResentWasNotTaken() {
        var state = savingTrips()
        let id = EffectID.write(Self.trips)
        send(&state, .requestProgress(id, .sent), .requestProgress(id, .rateLimited(retryIn: .seconds(12))))
        #expect(state.form?.writeMayHaveArrived == false)
        let effect = reduce(&state, .command(.cancelForm))
        #expect(state.form?.phase == .cancelled(mayHaveBeenApplied: false))
        #expect(effect == .batch([.cancel(id), .cancel(.retryCountdown(id))]), "the countdown ends with its request")
        #expect(state.rateLimitCountdowns.isEmpty)

        var resent = savingTrips()
        send(&resent, .requestProgress(id, .rateLimited(retryIn: .seconds(1))), .requestProgress(id, .sent))
        send(&resent, .command(.cancelForm))
        #expect(resent.form?.phase == .cancelled(mayHaveBeenApplied: true), "the retry left")
    }

    @Test func aCancelledFormCanBeEditedAndSubmittedAgain() {
        var state = savingTrips()
        send(&state, .command(.cancelForm))
        send(&state, .terminal(.paste(" 2026")))
        #expect(state.form?[.name]?.textBuffer?.text == "Trips 2026")
        let again = reduce(&state, .command(.submit))
        #expect(requestedWrite(in: again) == .createBoard(BoardCreate(name: "Trips 2026", description: nil, privacy: .public)))
        #expect(state.form?.phase == .submitting)
        #expect(state.form?.writeMayHaveArrived == false, "a new save starts unsent")
    }

    @Test func cancellingAKeptFormAsksBeforeDroppingWhatWasTyped() {
        var state = savingTrips()
        send(&state, .command(.cancelForm), .command(.cancelForm))
        #expect(state.confirmation == .discardForm(title: "New board"))
    }

    /// An edit shows at once; cancelling it takes that back, since it may not have been applied.
    @Test func cancellingAnEditTakesBackWhatItShowed() {
        var state = WriteFixture.boards()
        send(&state, .command(.moveDown), .command(.editBoard))
        fill(&state, .name, with: "Holidays")
        send(&state, .command(.submit))
        #expect(state.boardsScreen.boards.items[1].name == "Holidays", "optimistic")
        let request = WriteRequest.updateBoard(boardId: "b2", BoardUpdate(name: "Holidays"))
        send(&state, .requestProgress(.write(request), .sent), .command(.cancelForm))
        #expect(state.boardsScreen.boards.items[1].name == "Board 2", "taken back")
        #expect(state.form?.cancellationMessage(refreshKey: nil)
            == "Cancelled. The board may still have been saved: refresh to check")
    }

    /// The store drops an answer that comes after the cancel (see StoreTests). One already on its way
    /// when esc was pressed is news about Pinterest: a success lists the board, so nobody creates it
    /// twice, and closes the form, whose values are what was saved.
    @Test func aSuccessAlreadyOnItsWayIsListedAndClosesTheUnchangedForm() {
        var state = savingTrips()
        send(&state, .requestProgress(.write(Self.trips), .sent), .command(.cancelForm))
        let created = Board(id: "b9", name: "Trips", privacy: .public)
        send(&state, .writeSucceeded(Self.trips, .board(created)))
        #expect(state.boardsScreen.boards.items.contains(created))
        #expect(state.form == nil)
        #expect(state.statusMessage == "Board “Trips” created")
    }

    @Test func aLateSuccessLeavesAFormEditedSinceAloneButListsTheBoard() {
        var state = savingTrips()
        send(&state, .command(.cancelForm), .terminal(.paste("!")))
        let created = Board(id: "b9", name: "Trips", privacy: .public)
        send(&state, .writeSucceeded(Self.trips, .board(created)))
        #expect(state.boardsScreen.boards.items.contains(created))
        #expect(state.form?[.name]?.textBuffer?.text == "Trips!")
    }

    @Test func aFailureAlreadyOnItsWayShowsInTheKeptForm() {
        var state = savingTrips()
        send(&state, .command(.cancelForm), .writeFailed(Self.trips, WriteFixture.busy))
        #expect(state.form?.phase == .failed(WriteFixture.busy))
    }

    /// The analytics forms send nothing: there is never a save to cancel.
    @Test func onlyAFormThatIsSavingIsCancelledThisWay() {
        var state = WriteFixture.boards()
        send(&state, .command(.createBoard))
        #expect(reduce(&state, .command(.cancelForm)) == .none)
        #expect(state.form == nil, "an untouched form just closes")
    }
}
