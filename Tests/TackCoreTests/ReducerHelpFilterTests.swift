import TackCore
import TerminalCanvas
import Testing

/// The help's filter in each shipped keymap: the filter key starts it (letters are then typed, so
/// vim's j and k too), the [filter] keys keep, edit or clear it, and esc clears a kept filter before
/// it closes the help.
@Suite("Reducer: filtering the help")
struct ReducerHelpFilterTests {
    static let presets = KeymapPresetTests.presetNames

    /// Pressing each key of `text`, a key sequence as keymap files write it ("/", "ctrl-s", "esc").
    static func press(_ text: String, _ state: inout AppState) throws {
        for press in try KeySequence(parsing: text).keys { send(&state, .terminal(.key(press))) }
    }

    static func type(_ text: String, _ state: inout AppState) {
        for character in text { send(&state, Fixture.key(character)) }
    }

    static func helpOpen(preset: String) throws -> AppState {
        var state = Fixture.withFocusedPins(Fixture.pins(3))
        state.keymap = try KeymapLoader.load(preset: preset, userFile: nil, presets: TestFiles.presets)
        send(&state, .command(.help))
        return state
    }

    /// The first key the preset binds to `command` in `context`.
    static func key(_ command: Command, in context: KeyContext, _ state: AppState) throws -> String {
        try #require(state.keymap.sequences(for: command, in: context).first).display
    }

    @Test("the filter key starts typing the query; letters are typed, not run", arguments: presets)
    func typingFilters(preset: String) throws {
        var state = try Self.helpOpen(preset: preset)
        try Self.press(Self.key(.filter, in: .help, state), &state)
        #expect(state.help.isEditingFilter)
        #expect(state.activeContext == .filter)
        Self.type("jkq", &state)
        #expect(state.help.query.text == "jkq")
        #expect(state.help.isOpen && !state.shouldQuit, "q is typed, it does not quit")
        try Self.press("backspace", &state)
        #expect(state.help.query.text == "jk")
    }

    @Test("matching is case-insensitive, on descriptions, action names and keys", arguments: presets)
    func matchesDescriptionsNamesAndKeys(preset: String) throws {
        var state = try Self.helpOpen(preset: preset)
        try Self.press(Self.key(.filter, in: .help, state), &state)
        Self.type("MARK", &state)
        let commands = Set(state.helpContent.groups.flatMap(\.bindings).map(\.command))
        #expect(commands.isSuperset(of: [.toggleMark, .markRange, .clearMarks]))
        #expect(!commands.contains(.quit))
        #expect(state.helpContent.legend == [.marked, .rangeAnchor, .inRange], "the legend is filtered too")

        try Self.press(Self.key(.clearFilter, in: .filter, state), &state)
        try Self.press(Self.key(.filter, in: .help, state), &state)
        Self.type("show_pin_analytics", &state)
        #expect(state.helpContent.groups.flatMap(\.bindings).map(\.command).allSatisfy { $0 == .showPinAnalytics })
        #expect(!state.helpContent.groups.isEmpty)

        let refreshKey = try Self.key(.refresh, in: .global, state)
        try Self.press(Self.key(.clearFilter, in: .filter, state), &state)
        try Self.press(Self.key(.filter, in: .help, state), &state)
        Self.type(refreshKey, &state)
        #expect(state.helpContent.groups.flatMap(\.bindings).map(\.command) == [.refresh], "found by its key alone")
    }

    @Test("enter keeps the filter and the scroll keys work again; esc clears it, then closes", arguments: presets)
    func keepThenClearThenClose(preset: String) throws {
        var state = try Self.helpOpen(preset: preset)
        state.terminalSize = Size(width: 80, height: 10)
        try Self.press(Self.key(.filter, in: .help, state), &state)
        Self.type("pin", &state)
        let matching = state.helpLineCount
        #expect(matching < HelpContent(keymap: state.keymap, query: "").lineCount)
        try Self.press(Self.key(.acceptFilter, in: .filter, state), &state)
        #expect(!state.help.isEditingFilter && state.help.query.text == "pin")
        #expect(state.activeContext == .help)
        try Self.press(Self.key(.moveDown, in: .help, state), &state)
        #expect(state.help.scroll == 1, "the kept filter's lines scroll")

        try Self.press(Self.key(.closeHelp, in: .help, state), &state)
        #expect(state.help == HelpOverlay(isOpen: true), "the first esc clears the filter")
        try Self.press(Self.key(.closeHelp, in: .help, state), &state)
        #expect(!state.help.isOpen, "the second closes the help")
    }

    @Test("clearing while typing drops the query and stays in the help", arguments: presets)
    func clearWhileTyping(preset: String) throws {
        var state = try Self.helpOpen(preset: preset)
        try Self.press(Self.key(.filter, in: .help, state), &state)
        Self.type("pin", &state)
        try Self.press(Self.key(.clearFilter, in: .filter, state), &state)
        #expect(state.help == HelpOverlay(isOpen: true))
    }

    @Test func theHelpKeyClosesAtOnceEvenWithAKeptFilter() {
        var state = Fixture.withBoards(Fixture.boards(1))
        send(&state, .command(.help), .command(.filter), Fixture.key("x"), .command(.acceptFilter), .command(.help))
        #expect(state.help == HelpOverlay())
    }

    @Test func typingResetsTheScroll() {
        var state = Fixture.withBoards(Fixture.boards(1))
        state.terminalSize = Size(width: 80, height: 10)
        send(&state, .command(.help), .command(.moveDown), .command(.moveDown))
        #expect(state.help.scroll == 2)
        send(&state, .command(.filter), Fixture.key("e"))
        #expect(state.help.scroll == 0)
    }

    @Test func aPasteGoesIntoTheQueryWithoutItsControlCharacters() {
        var state = Fixture.withBoards(Fixture.boards(1))
        send(&state, .command(.help), .command(.filter), .terminal(.paste("pi\nn")))
        #expect(state.help.query.text == "pin")
    }
}
