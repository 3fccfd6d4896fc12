import PinterestAPI
import TackCore
import Testing

/// "Rate limited: retrying in 3 s" counts down in the status line while the client waits out a 429
/// before sending the request again by itself; the countdown is a tick effect per waiting request.
@Suite("Rate limit countdown")
struct RateLimitCountdownTests {
    private static let pins = EffectID.pane(.pins)
    private static let tick = EffectID.retryCountdown(pins)

    /// Board b1 opened, its loads on their way.
    private func openingB1() -> AppState {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.open))
        return state
    }

    @Test func theWaitCountsDownEverySecondAndTheRetryEndsIt() {
        var state = openingB1()
        #expect(reduce(&state, .requestProgress(Self.pins, .rateLimited(retryIn: .seconds(3)))) == .tick(id: Self.tick, after: .seconds(1)))
        #expect(state.statusMessage == "Rate limited: retrying in 3 s")
        #expect(state.rateLimitCountdowns == [Self.pins: 3])

        #expect(reduce(&state, .tick(Self.tick)) == .tick(id: Self.tick, after: .seconds(1)))
        #expect(state.statusMessage == "Rate limited: retrying in 2 s")
        #expect(reduce(&state, .tick(Self.tick)) == .tick(id: Self.tick, after: .seconds(1)))
        #expect(state.statusMessage == "Rate limited: retrying in 1 s")
        #expect(reduce(&state, .tick(Self.tick)) == .none, "the wait is over: no more ticks")
        #expect(state.statusMessage == "Rate limited: retrying now")
        #expect(state.rateLimitCountdowns.isEmpty)
        #expect(reduce(&state, .tick(Self.tick)) == .none, "a stray tick changes nothing")
        #expect(state.statusMessage == "Rate limited: retrying now")
    }

    @Test func aPartSecondIsCountedAsAWholeOneSoTheCountdownNeverEndsEarly() {
        var state = openingB1()
        send(&state, .requestProgress(Self.pins, .rateLimited(retryIn: .milliseconds(11_200))))
        #expect(state.statusMessage == "Rate limited: retrying in 12 s")
        send(&state, .requestProgress(Self.pins, .rateLimited(retryIn: .milliseconds(300))))
        #expect(state.statusMessage == "Rate limited: retrying in 1 s")
    }

    /// The client sleeps exactly the wait and sends the retry, which may come before the last tick.
    @Test func theRetryLeavingEndsTheCountdownAndCancelsItsTick() {
        var state = openingB1()
        send(&state, .requestProgress(Self.pins, .rateLimited(retryIn: .seconds(2))), .tick(Self.tick))
        #expect(reduce(&state, .requestProgress(Self.pins, .sent)) == .cancel(Self.tick))
        #expect(state.rateLimitCountdowns.isEmpty)
        #expect(state.statusMessage == "Rate limited: retrying now")
        #expect(reduce(&state, .requestProgress(Self.pins, .sent)) == .none, "no countdown, nothing to end")
    }

    @Test func openingAnotherBoardEndsTheLoadsCountdownAndCancelsTheTick() {
        var state = openingB1()
        send(&state, .requestProgress(Self.pins, .rateLimited(retryIn: .seconds(5))))
        send(&state, .command(.back), .command(.moveDown))
        #expect(state.rateLimitCountdowns == [Self.pins: 5], "looking elsewhere is not leaving yet")
        let effect = reduce(&state, .command(.open))
        #expect(contains(effect, .request(id: Self.pins, .page(PageRequest(source: .boardPins(boardId: "b2"))))))
        #expect(contains(effect, .cancel(Self.tick)))
        #expect(state.rateLimitCountdowns.isEmpty)
        #expect(reduce(&state, .tick(Self.tick)) == .none)
    }

    @Test func reloadingReplacesTheWaitingRequestAndEndsItsCountdown() {
        var state = openingB1()
        send(&state, .requestProgress(Self.pins, .rateLimited(retryIn: .seconds(5))))
        state.boardsScreen.focus = .pins
        let effect = reduce(&state, .command(.refresh))
        #expect(contains(effect, .cancel(Self.tick)))
        #expect(state.rateLimitCountdowns.isEmpty)
    }

    @Test func severalWaitsShowTheLongestAndEachEndsOnItsOwn() {
        var state = openingB1()
        let sections = EffectID.pane(.sections)
        send(&state, .requestProgress(Self.pins, .rateLimited(retryIn: .seconds(2))))
        send(&state, .requestProgress(sections, .rateLimited(retryIn: .seconds(4))))
        #expect(state.statusMessage == "Rate limited: retrying in 4 s")
        send(&state, .tick(Self.tick), .tick(Self.tick))
        #expect(state.rateLimitCountdowns == [sections: 4], "the pins' ticks count only the pins' wait")
        #expect(state.statusMessage == "Rate limited: retrying in 4 s", "the pins' retry leaves, the sections still wait")
        send(&state, .tick(.retryCountdown(sections)))
        #expect(state.statusMessage == "Rate limited: retrying in 3 s")
    }

    @Test func aKeyClearsTheMessageUntilTheNextTick() {
        var state = openingB1()
        send(&state, .requestProgress(Self.pins, .rateLimited(retryIn: .seconds(3))), Fixture.key("?"), Fixture.key("?"))
        #expect(state.statusMessage == nil)
        send(&state, .tick(Self.tick))
        #expect(state.statusMessage == "Rate limited: retrying in 2 s")
    }

    private func contains(_ effect: Effect, _ wanted: Effect) -> Bool {
        if effect == wanted { return true }
        if case .batch(let effects) = effect { return effects.contains { contains($0, wanted) } }
        return false
    }
}
