import TackCore
import TerminalCanvas
import Testing

@Suite("Reducer: keys, help and terminal events")
struct ReducerKeyTests {
    @Test func aBoundKeyRunsItsCommand() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, Fixture.key("j"))
        #expect(state.boardsScreen.boards.selectedID == "b2")
    }

    @Test func gIsPendingWithAHintThenGGGoesToTheTop() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.goBottom), Fixture.key("g"))
        #expect(state.pendingKeys.prefix == [KeyPress(.character("g"))])
        #expect(state.pendingKeys.hints.map(\.remaining) == ["g"])
        #expect(state.pendingKeys.hints.map(\.command) == [.goTop])
        #expect(state.boardsScreen.boards.selectedID == "b3")
        send(&state, Fixture.key("g"))
        #expect(state.pendingKeys.isEmpty)
        #expect(state.boardsScreen.boards.selectedID == "b1")
    }

    @Test func aKeyThatBreaksThePendingSequenceIsResolvedOnItsOwn() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, Fixture.key("g"), Fixture.key("j"))
        #expect(state.pendingKeys.isEmpty)
        #expect(state.boardsScreen.boards.selectedID == "b2")
    }

    @Test("esc after g in the vim keymap cancels the sequence and does not go back")
    func escCancelsAPendingSequenceOnly() throws {
        var state = Fixture.withFocusedPins(Fixture.pins(2))
        state.keymap = try KeymapLoader.load(preset: "vim", userFile: nil, presets: TestFiles.presets)
        send(&state, Fixture.key("g"))
        #expect(!state.pendingKeys.isEmpty)
        send(&state, Fixture.key(.escape))
        #expect(state.pendingKeys.isEmpty)
        #expect(state.boardsScreen.focus == .pins, "esc only cancelled the sequence")
        send(&state, Fixture.key(.escape))
        #expect(state.boardsScreen.focus == .sections, "a second esc goes back")
    }

    @Test func anUnboundKeyDoesNothingButSaySo() {
        var state = Fixture.withBoards(Fixture.boards(3))
        var before = state
        #expect(reduce(&state, Fixture.key("z")) == .none)
        before.statusMessage = "z: not a key here · ? for help"
        #expect(state == before)
    }

    @Test func helpOpensScrollsAndCloses() {
        var state = Fixture.withBoards(Fixture.boards(3))
        state.terminalSize = Size(width: 80, height: 12)        // 8 help lines in view
        send(&state, Fixture.key("?"))
        #expect(state.help == HelpOverlay(isOpen: true, scroll: 0))
        send(&state, Fixture.key("j"), Fixture.key("j"))
        #expect(state.help.scroll == 2)
        #expect(state.boardsScreen.boards.selectedID == "b1", "keys go to the overlay")
        send(&state, Fixture.key("G"))
        let lastScroll = state.helpLineCount - (state.terminalSize.height - 4)
        #expect(lastScroll > 0, "the fixture's help is longer than the screen")
        #expect(state.help.scroll == lastScroll, "the last line sits at the bottom of the box")
        send(&state, .command(.moveDown))
        #expect(state.help.scroll == lastScroll)
        send(&state, .command(.moveUp))
        #expect(state.help.scroll == lastScroll - 1, "the first step back scrolls at once")
        send(&state, .command(.pageUp), .command(.goTop), .command(.moveUp))
        #expect(state.help.scroll == 0)
        send(&state, .command(.open))
        #expect(state.boardsScreen.focus == .boards, "other commands are ignored while the overlay is open")
        send(&state, Fixture.key(.escape))
        #expect(!state.help.isOpen)
    }

    @Test func theHelpKeyTogglesTheOverlay() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.help), .command(.moveDown), Fixture.key("?"))
        #expect(state.help == HelpOverlay())
    }

    @Test func theHelpLineCountHasAHeadingPerBoundContext() {
        let state = Fixture.freshState()
        // 5 contexts have bindings: 3 global, 6 list, 1 pins, 3 help, 3 filter; then the row markers' legend.
        #expect(state.helpLineCount == 5 + 3 + 6 + 1 + 3 + 3 + 1 + RowMarker.allCases.count)
    }

    @Test func quitFromTheOverlayQuits() {
        var state = Fixture.withBoards(Fixture.boards(1))
        send(&state, .command(.help), Fixture.key("q"))
        #expect(state.shouldQuit)
    }

    @Test func resizeRecordsTheNewSize() {
        var state = Fixture.freshState()
        #expect(reduce(&state, .terminal(.resize(Size(width: 80, height: 24)))) == .none)
        #expect(state.terminalSize == Size(width: 80, height: 24))
        #expect(state.pageRows(of: .boards) == 9)
    }

    @Test func quitCommandQuits() {
        var state = Fixture.withBoards(Fixture.boards(1))
        send(&state, Fixture.key("q"))
        #expect(state.shouldQuit)
    }

    @Test(arguments: [TerminalEvent.hangup, .terminate])
    func terminalGoneOrSignalledQuits(event: TerminalEvent) {
        var state = Fixture.freshState()
        #expect(reduce(&state, .terminal(event)) == .none)
        #expect(state.shouldQuit)
    }

    @Test func aKeyClearsTheStatusMessage() {
        var state = Fixture.withBoards(Fixture.boards(1))
        state.statusMessage = "Nothing to retry"
        send(&state, Fixture.key("j"))
        #expect(state.statusMessage == nil)
    }
}
