import PinterestAPI
import TackCore
import TerminalCanvas
import Testing

/// A key that does nothing where it is pressed says so in the status line, briefly, until the next key.
@Suite("Reducer: keys that do nothing here say so")
struct KeyFeedbackTests {
    private func withDefaultKeys(_ state: AppState) throws -> AppState {
        var state = state
        state.keymap = try KeymapLoader.load(preset: "default", userFile: nil, presets: TestFiles.presets)
        return state
    }

    @Test func newInMyPinsSaysThereIsNothingToCreate() throws {
        var state = try withDefaultKeys(Fixture.withBoards(Fixture.boards(2)))
        send(&state, .command(.showMyPins), .pinsPageLoaded(PageRequest(source: .myPins(.none)), Fixture.pins(2), bookmark: nil))
        #expect(reduce(&state, Fixture.key("n")) == .none)
        #expect(state.form == nil)
        #expect(state.statusMessage == "n: nothing to create in My pins")
        send(&state, Fixture.key(.down))
        #expect(state.statusMessage == nil, "the message goes with the next key, as every status message does")
    }

    @Test func aKeyOfAnotherPaneNamesItsCommand() throws {
        var state = try withDefaultKeys(Fixture.withBoards(Fixture.boards(2)))
        #expect(state.activeContext == .boards)
        send(&state, Fixture.key("c"))
        #expect(state.statusMessage == "c: creative type is not available here")
    }

    @Test func aKeyBoundNowhereSaysSoAndNamesTheHelpKey() throws {
        var state = try withDefaultKeys(Fixture.withBoards(Fixture.boards(2)))
        send(&state, Fixture.key("z"))
        #expect(state.statusMessage == "z: not a key here · ? for help")
        send(&state, Fixture.key("k", .ctrl))
        #expect(state.statusMessage == "ctrl-k: not a key here · ? for help")
    }

    @Test func aCommandBoundHereThatDoesNotApplySaysWhy() throws {
        var state = try withDefaultKeys(Fixture.withFocusedPins(Fixture.pins(2)))
        send(&state, Fixture.key("u"))
        #expect(state.statusMessage == "u: no pins marked")
        send(&state, Fixture.key("F"))
        #expect(state.statusMessage == "F: pin filters apply to My pins")
        state.boardsScreen.focus = .boards
        send(&state, Fixture.key(.escape))
        #expect(state.statusMessage == "esc: nothing to go back to")
    }

    @Test func aCommandWithNoKnownReasonIsNamed() throws {
        var state = try withDefaultKeys(Fixture.withFocusedPins(Fixture.pins(2)))
        send(&state, .command(.showPinAnalytics))
        #expect(state.pinAnalytics != nil)
        send(&state, Fixture.key("/"))
        #expect(state.statusMessage == "/: filter is not available here")
    }

    @Test func behindTheHelpAScreenKeySaysToCloseItFirst() throws {
        var state = try withDefaultKeys(Fixture.withBoards(Fixture.boards(2)))
        send(&state, Fixture.key("?"), Fixture.key("p"))
        #expect(state.screen == .boards)
        #expect(state.statusMessage == "p: close the help first")
    }

    @Test func typingContextsStillTakeUnboundLetters() throws {
        var state = try withDefaultKeys(Fixture.withBoards(Fixture.boards(2)))
        send(&state, Fixture.key("/"), Fixture.key("z"))
        #expect(state.boardsScreen.boards.filter == "z")
        #expect(state.statusMessage == nil)
    }

    @Test func aKeyThatWorksSaysNothing() throws {
        var state = try withDefaultKeys(Fixture.withBoards(Fixture.boards(2)))
        send(&state, Fixture.key("n"))
        #expect(state.form != nil)
        #expect(state.statusMessage == nil)
    }

    @Test func availabilityFollowsTheState() {
        var state = Fixture.withFocusedPins(Fixture.pins(2))
        #expect(state.availability(of: .clearMarks) == .unavailable(reason: "no pins marked"))
        #expect(state.availability(of: .comparePins) == .unavailable(reason: "mark the pins to compare first"))
        send(&state, .command(.toggleMark))
        #expect(state.availability(of: .clearMarks) == .available)
        #expect(state.availability(of: .comparePins) == .available)
        #expect(state.availability(of: .editPin) == .available)
        #expect(state.availability(of: .retry) == .unavailable(reason: "nothing to retry"))
        #expect(state.availability(of: .createPin) == .available)
        send(&state, .command(.showMyPins))
        #expect(state.availability(of: .createPin) == .unavailable(reason: "nothing to create in My pins"))
        #expect(state.availability(of: .cyclePinFilter) == .available)
    }

    @Test func aFollowedBoardsPinsCannotBeChanged() {
        var state = Fixture.withFocusedPins(Fixture.pins(2))
        state.boardsScreen.boards = ListPane()
        #expect(state.availability(of: .editPin) == .unavailable(reason: "only the pins of your own boards can be changed"))
        #expect(state.availability(of: .createPin) == .unavailable(reason: "open one of your boards to add a pin to it"))
        #expect(state.availability(of: .savePin) == .available)
    }
}
