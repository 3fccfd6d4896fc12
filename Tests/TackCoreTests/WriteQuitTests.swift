import PinterestAPI
import TackCore
import Testing

/// Quitting while a write is on its way asks first: quitting abandons it.
@Suite("Writes: quitting while saving")
struct WriteQuitTests {
    /// Two marked pins being deleted, the first pin's delete on its way.
    private func deletingTwoPins() -> AppState {
        var state = WriteFixture.pinsOfB1(Fixture.pins(3))
        send(&state, .command(.toggleMark), .command(.toggleMark), .command(.deletePins), .command(.confirm))
        return state
    }

    @Test func withNothingOnItsWayQuitQuitsAtOnce() {
        var state = WriteFixture.boards()
        send(&state, .command(.quit))
        #expect(state.shouldQuit)
        #expect(state.confirmation == nil)
    }

    @Test func aWriteOnItsWayIsNamedAndOnlyTheConfirmKeyQuits() {
        var state = deletingTwoPins()
        #expect(state.bulk != nil)
        send(&state, .command(.quit))
        #expect(!state.shouldQuit)
        #expect(state.confirmation == .quitWhileWriting(1))
        #expect(state.confirmation?.message.first == "1 write is on the way to Pinterest.")
        send(&state, .command(.acceptDialog))
        #expect(!state.shouldQuit, "enter does not carry out what cannot be taken back")
        send(&state, .command(.quit), .command(.confirm))
        #expect(state.shouldQuit)
    }

    @Test func stayingKeepsTheWritesGoingAndOnceTheirAnswersAreInQuitQuits() {
        var state = deletingTwoPins()
        send(&state, .command(.quit), .command(.cancelDialog))
        #expect(!state.shouldQuit && state.confirmation == nil)
        send(&state, .writeSucceeded(.deletePin(pinId: "p1"), .deleted))
        send(&state, .command(.quit))
        #expect(state.confirmation == .quitWhileWriting(1), "the second delete is on its way now")
        send(&state, .command(.cancelDialog), .writeSucceeded(.deletePin(pinId: "p2"), .deleted))
        #expect(state.bulk == nil)
        send(&state, .command(.quit))
        #expect(state.shouldQuit)
    }
}
