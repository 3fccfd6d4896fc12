import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: scrolling the detail pane")
struct ReducerDetailScrollTests {
    /// A pin whose description wraps over more lines than the detail pane shows at 120x40.
    static let longPin = Fixture.pin(1, description: (1...300).map { "word\($0)" }.joined(separator: " "))

    private func onTheLongPin() -> AppState {
        Fixture.withFocusedPins([Self.longPin, Fixture.pin(2)])
    }

    private var lastScroll: Int {
        let state = onTheLongPin()
        return DetailLayout.lastScroll(state.detailContent, in: state.detailTextSize)
    }

    @Test func itsOwnKeysScrollItALineAtATimeFromThePinsPane() {
        var state = onTheLongPin()
        #expect(lastScroll > 0, "the long pin does not fit")
        send(&state, .command(.scrollDetailDown), .command(.scrollDetailDown))
        #expect(state.detailScrollOffset == 2)
        #expect(state.detailScroll == DetailScroll(subject: "pin p1", offset: 2))
        send(&state, .command(.scrollDetailUp))
        #expect(state.detailScrollOffset == 1)
        #expect(state.selectedPin == Self.longPin, "the selection stays")
    }

    @Test func theScrollStopsAtTheEnds() {
        var state = onTheLongPin()
        send(&state, .command(.scrollDetailUp))
        #expect(state.detailScrollOffset == 0)
        for _ in 0...lastScroll { send(&state, .command(.scrollDetailDown)) }
        #expect(state.detailScroll.offset == lastScroll)
    }

    @Test func theListKeysScrollItWhenItHasTheFocus() {
        var state = onTheLongPin()
        send(&state, .command(.focusNext))
        #expect(state.isDetailFocused)
        send(&state, .command(.moveDown), .command(.moveDown))
        #expect(state.detailScrollOffset == 2)
        #expect(state.selectedPin == Self.longPin)
        send(&state, .command(.goBottom))
        #expect(state.detailScrollOffset == lastScroll)
        send(&state, .command(.pageUp))
        #expect(state.detailScrollOffset == max(0, lastScroll - state.detailTextSize.height))
        send(&state, .command(.goTop))
        #expect(state.detailScrollOffset == 0)
    }

    @Test func anotherSelectionStartsAtTheTop() {
        var state = onTheLongPin()
        send(&state, .command(.scrollDetailDown), .command(.scrollDetailDown))
        send(&state, .command(.moveDown))
        #expect(state.detailScroll == DetailScroll())
        send(&state, .command(.moveUp))
        #expect(state.detailScrollOffset == 0, "coming back to the pin starts at its top again")
    }

    @Test func aDetailThatFitsDoesNotScroll() {
        var state = Fixture.withFocusedPins(Fixture.pins(2))
        send(&state, .command(.scrollDetailDown))
        #expect(state.detailScrollOffset == 0)
    }

    @Test func aHiddenDetailSaysSo() {
        var state = onTheLongPin()
        send(&state, .command(.toggleDetail), .command(.scrollDetailDown))
        #expect(state.detailScroll == DetailScroll())
        #expect(state.statusMessage == "The detail is hidden")
    }

    @Test func onTheAccountScreenTheFocusedDetailTakesTheListKeys() {
        var state = AccountFixture.withFollowers()
        send(&state, .command(.open))
        #expect(state.isDetailFocused)
        let selected = state.accountScreen.followers.selectedItem
        send(&state, .command(.moveDown))
        #expect(state.accountScreen.followers.selectedItem == selected, "a person's detail fits: nothing moves")
        send(&state, .command(.back), .command(.moveDown))
        #expect(state.accountScreen.followers.selectedItem != selected)
    }
}
