import TackCore
import TerminalCanvas
import Testing

/// The command palette: what it offers where it opens, how typing ranks it, and that each of its
/// keys (the [picker] ones) does what it says; a chosen command runs exactly as its key does.
@Suite("Reducer: the command palette")
struct ReducerPaletteTests {
    static func pinsPane(preset: String = "default") throws -> AppState {
        var state = Fixture.withFocusedPins(Fixture.pins(3))
        state.keymap = try KeymapLoader.load(preset: preset, userFile: nil, presets: TestFiles.presets)
        return state
    }

    static func offered(_ state: AppState) -> [Command] { state.palette?.entries.map(\.command) ?? [] }

    @Test("the palette key opens it in every preset", arguments: KeymapPresetTests.presetNames)
    func thePaletteKeyOpensIt(preset: String) throws {
        var state = try Self.pinsPane(preset: preset)
        let key = try #require(state.keymap.sequences(for: .commandPalette, in: .global).first)
        for press in key.keys { send(&state, .terminal(.key(press))) }
        #expect(state.palette != nil)
        #expect(state.activeContext == .picker, "the palette takes the [picker] keys")
    }

    @Test func itOffersTheCommandsOfTheContextThatDoSomethingThere() throws {
        var state = try Self.pinsPane()
        send(&state, .command(.commandPalette))
        let offered = Self.offered(state)
        #expect(offered.contains(.createPin) && offered.contains(.toggleMark) && offered.contains(.quit) && offered.contains(.filter))
        #expect(!offered.contains(.cyclePinFilter), "pin filters only say they apply to My pins here")
        #expect(!offered.contains(.retry), "nothing failed, so retry only says so")
        #expect(!offered.contains(.clearMarks), "nothing is marked")
        #expect(!offered.contains(.createBoard), "a [boards] command is not of the pins pane")
        #expect(!offered.contains(.choose) && !offered.contains(.commandPalette))
        let entry = try #require(state.palette?.entries.first { $0.command == .deletePins })
        #expect(entry.sequences.map(\.display) == ["x", "delete"], "with its keys in the active keymap")
    }

    @Test func overTheHelpItOffersTheHelpsCommands() throws {
        var state = try Self.pinsPane(preset: "vim")
        send(&state, .command(.help), .command(.commandPalette))
        let offered = Self.offered(state)
        #expect(offered.contains(.closeHelp) && offered.contains(.filter) && offered.contains(.moveDown))
        #expect(!offered.contains(.createPin), "not the pane's")
    }

    @Test func typingRanksPrefixThenWordStartsThenSubsequence() {
        var palette = CommandPalette(entries: [.toggleDetail, .focusNext, .createBoard, .showBoards].map {
            CommandPalette.Entry(command: $0, sequences: [])
        })
        #expect(palette.matches.count == 4, "an empty query matches every command")
        palette.editQuery(.insert("ne"))
        // "Next pane", "New board" start with it; "Show or hide the detail pane" has n, e in order.
        #expect(palette.matches.map(\.entry.command) == [.focusNext, .createBoard, .toggleDetail])
        palette.editQuery(.deleteToLineStart)
        palette.editQuery(.insert("bo"))
        #expect(palette.matches.map(\.entry.command) == [.createBoard, .showBoards], "words starting bo, in catalogue order")
        #expect(palette.matches.map(\.match.kind) == [.wordStarts, .wordStarts])
        palette.editQuery(.insert("zz"))
        #expect(palette.matches.isEmpty && palette.selectedEntry == nil)
    }

    @Test func fuzzyMatchKindsAndPositions() {
        func match(_ query: String, _ name: String) -> String? {
            FuzzyMatch(query, in: name).map { "\($0.kind) \($0.positions)" }
        }
        #expect(match("New b", "New board") == "prefix [0, 1, 2, 3, 4]")
        #expect(match("nb", "New board") == "wordStarts [0, 4]")
        #expect(match("boa", "New board") == "wordStarts [4, 5, 6]")
        #expect(match("bo", "Back to board") == "wordStarts [8, 9]", "backtracks past Back")
        #expect(match("n b", "Now a board") == "wordStarts [0, 6]", "spaces in the query are ignored")
        #expect(match("nwbd", "New board") == "subsequence [0, 2, 4, 8]")
        #expect(match("xz", "New board") == nil)
    }

    @Test func typedLettersGoIntoTheQueryNotToThePanes() throws {
        var state = try Self.pinsPane()
        send(&state, .command(.commandPalette), Fixture.key("q"), Fixture.key("x"), .terminal(.paste("a\u{1b}")))
        #expect(state.palette?.query.text == "qxa")
        #expect(!state.shouldQuit && state.confirmation == nil)
        send(&state, Fixture.key(.backspace))
        #expect(state.palette?.query.text == "qx")
    }

    @Test("the move keys move the highlight and stop at the ends (ctrl-n and ctrl-p too)", arguments: KeymapPresetTests.presetNames)
    func movingTheHighlight(preset: String) throws {
        var state = try Self.pinsPane(preset: preset)
        state.terminalSize = Size(width: 80, height: 14)     // 6 rows of commands
        send(&state, .command(.commandPalette))
        let count = try #require(state.palette?.matches.count)
        #expect(count > 12)
        send(&state, Fixture.key("n", .ctrl), Fixture.key(.down))
        #expect(state.palette?.selectedIndex == 2)
        send(&state, Fixture.key("p", .ctrl))
        #expect(state.palette?.selectedIndex == 1)
        send(&state, .command(.pageDown))
        #expect(state.palette?.selectedIndex == 1 + ScreenLayout.pickerOptionRows(in: Rect(size: state.terminalSize)))
        send(&state, .command(.goBottom), .command(.moveDown))
        #expect(state.palette?.selectedIndex == count - 1)
        send(&state, .command(.pageUp), .command(.goTop), .command(.moveUp))
        #expect(state.palette?.selectedIndex == 0)
        send(&state, Fixture.key("s"))
        #expect(state.palette?.selectedIndex == 0, "typing goes back to the best match")
    }

    @Test func escClosesAndRunsNothing() throws {
        var state = try Self.pinsPane()
        let before = state
        send(&state, .command(.commandPalette), Fixture.key("h"), Fixture.key(.escape))
        #expect(state.palette == nil)
        #expect(state == before)
    }

    @Test func enterWithNothingMatchingRunsNothing() throws {
        var state = try Self.pinsPane()
        send(&state, .command(.commandPalette), Fixture.key("z"), Fixture.key("z"), Fixture.key("z"))
        let open = state
        #expect(reduce(&state, Fixture.key(.enter)) == .none)
        #expect(state == open, "the palette stays open")
    }

    /// Running from the palette is the key's own path: the state and the effect are the key's.
    @Test("enter runs the highlighted command exactly as its key does", arguments: [
        ("hide", Command.toggleDetail), ("new pin", .createPin), ("mark or", .toggleMark), ("quit", .quit),
    ])
    func enterRunsTheCommandAsItsKeyWould(query: String, command: Command) throws {
        var byKey = try Self.pinsPane()
        let key = try #require(byKey.keymap.sequences(for: command, in: .pins).first
            ?? byKey.keymap.sequences(for: command, in: .global).first)
        let keyEffects = key.keys.map { reduce(&byKey, .terminal(.key($0))) }

        var byPalette = try Self.pinsPane()
        send(&byPalette, .command(.commandPalette), .terminal(.paste(query)))
        #expect(byPalette.palette?.selectedEntry?.command == command)
        let paletteEffect = reduce(&byPalette, Fixture.key(.enter))
        #expect(byPalette.palette == nil)
        #expect(byPalette == byKey)
        #expect(paletteEffect == keyEffects.last)
    }
}
