import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: the pin view")
struct ReducerPinViewTests {
    /// A pin whose description wraps over more lines than the pin view shows at 120x40.
    static let longPin = Fixture.pin(2, description: (1...900).map { "word\($0)" }.joined(separator: " "))
    static let pins = [Fixture.pin(1), longPin, Fixture.pin(3)]

    /// Board b1's pins focused, with the long pin selected.
    private func onTheLongPin() -> AppState {
        var state = Fixture.withFocusedPins(Self.pins)
        send(&state, .command(.moveDown))
        return state
    }

    @Test func enterOnAPinOpensThePinViewOnIt() {
        var state = onTheLongPin()
        send(&state, Fixture.key(.enter))
        #expect(state.pinView == PinViewState(pinId: "p2"))
        #expect(state.activeContext == .pinView)
        #expect(state.activeContexts == [.pinView, .list, .global])
        #expect(state.pinViewPin == Self.longPin)
        #expect(state.pinViewContent?.fields.contains(DetailField("description", .paragraph(Self.longPin.description!))) == true)
    }

    @Test func theListKeysScrollThePinViewAndLeaveTheSelectionAlone() {
        var state = onTheLongPin()
        send(&state, .command(.open), Fixture.key("j"), Fixture.key("j"))
        #expect(state.pinView?.scroll == 2)
        #expect(state.selectedPin == Self.longPin)
        send(&state, .command(.moveUp), .command(.pageDown))
        #expect(state.pinView?.scroll == min(1 + state.pinViewTextSize.height, state.pinViewLastScroll))
        #expect(state.pinView?.scroll ?? 0 > 1)
    }

    @Test func theScrollStopsAtTheLastLineAndTheFirst() {
        var state = onTheLongPin()
        send(&state, .command(.open))
        let last = state.pinViewLastScroll
        #expect(last > 0, "the long pin does not fit")
        send(&state, .command(.goBottom), .command(.moveDown), .command(.pageDown))
        #expect(state.pinView?.scroll == last)
        send(&state, .command(.goTop), .command(.moveUp), .command(.pageUp))
        #expect(state.pinView?.scroll == 0)
    }

    @Test func aShortPinDoesNotScroll() {
        var state = Fixture.withFocusedPins(Self.pins)
        send(&state, .command(.open), .command(.moveDown), .command(.goBottom))
        #expect(state.pinViewLastScroll == 0)
        #expect(state.pinView?.scroll == 0)
    }

    @Test func backClosesItWithTheListAsItWas() {
        var state = onTheLongPin()
        let before = state
        send(&state, .command(.open), .command(.pageDown), .command(.back))
        #expect(state.pinView == nil)
        #expect(state.boardsScreen == before.boardsScreen)
        #expect(state.activeContext == .pins)
    }

    @Test func theDetailFocusedOpensThePinViewToo() {
        var state = onTheLongPin()
        send(&state, .command(.focusNext))
        #expect(state.boardsScreen.focus == .detail)
        send(&state, .command(.open))
        #expect(state.pinView?.pinId == "p2")
    }

    @Test func itOpensFromMyPins() {
        var state = Fixture.withBoards(Fixture.boards(1))
        let effect = reduce(&state, .command(.showMyPins))
        let request = PageRequest(source: .myPins(.none))
        #expect(effect == .request(id: .pane(.myPins), .page(request)))
        send(&state, .pinsPageLoaded(request, Self.pins, bookmark: nil), .command(.moveDown), .command(.moveDown), .command(.open))
        #expect(state.pinView?.pinId == "p3")
        #expect(state.pinViewPin == Fixture.pin(3))
        send(&state, .command(.back))
        #expect(state.pinView == nil)
        #expect(state.myPinsScreen.pins.selectedItem == Fixture.pin(3))
    }

    @Test func itOpensOnAFollowedBoardsPinsWhoseWritesAreRefused() {
        var state = Fixture.withBoards(Fixture.boards(1))
        send(
            &state, .command(.showFollowedBoards),
            .boardsPageLoaded(PageRequest(source: .followedBoards), [Fixture.board(9)], bookmark: nil), .command(.open),
            .pinsPageLoaded(PageRequest(source: .boardPins(boardId: "b9")), Self.pins, bookmark: nil))
        state.boardsScreen.focus = .pins
        send(&state, .command(.open))
        #expect(state.pinView?.pinId == "p1")
        #expect(state.pinViewPin == Fixture.pin(1))
        send(&state, .command(.editPin))
        #expect(state.form == nil)
        #expect(state.statusMessage == "Only the pins of your own boards can be changed")
    }

    @Test func editActsOnThePinOnView() {
        var state = onTheLongPin()
        send(&state, .command(.open), .command(.editPin))
        #expect(state.form == .editPin(Self.longPin))
        #expect(state.activeContext == .form)
    }

    @Test func deleteActsOnThePinOnViewNotOnTheMarkedPins() {
        var state = Fixture.withFocusedPins(Self.pins)
        send(&state, .command(.toggleMark))
        #expect(state.marks.count == 1)
        #expect(state.selectedPin == Self.longPin, "marking moved on")
        send(&state, .command(.open), .command(.deletePins))
        #expect(state.confirmation?.action == .deletePins(ids: ["p2"]))
        send(&state, .command(.confirm))
        #expect(state.pinView == nil, "its pin left the list")
        #expect(state.boardsScreen.pins.item(withID: "p2") == nil)
    }

    @Test func moveActsOnThePinOnView() {
        var state = onTheLongPin()
        send(&state, .command(.open), .command(.movePins))
        #expect(state.form?.kind == .movePins(pinIds: ["p2"]))
    }

    @Test func itsAnalyticsOpenOverItAndBackReturnsToIt() {
        var state = onTheLongPin()
        send(&state, .command(.open), .command(.showPinAnalytics))
        #expect(state.pinAnalytics?.pins.map(\.id) == ["p2"])
        #expect(state.activeContext == .pinAnalytics)
        send(&state, .command(.back))
        #expect(state.pinAnalytics == nil)
        #expect(state.activeContext == .pinView)
    }

    @Test func otherCommandsSayTheyDoNotApply() {
        var state = onTheLongPin()
        send(&state, .command(.open), .command(.toggleMark))
        #expect(state.marks.isEmpty)
        #expect(state.statusMessage == "Not in the pin view: mark or unmark the pin, then go to the next")
    }

    @Test func showingAScreenClosesIt() {
        var state = onTheLongPin()
        send(&state, .command(.open), .command(.showMyPins))
        #expect(state.pinView == nil)
        #expect(state.screen == .myPins)
    }
}
