import TackCore
import TerminalCanvas
import Testing

@Suite("Resolving keys")
struct KeymapResolverTests {
    private static func keymap(_ preset: String) throws -> Keymap {
        try KeymapLoader.load(preset: preset, userFile: nil, presets: TestFiles.presets)
    }

    private static func key(_ name: String) throws -> KeyPress {
        try KeyNotation.parse(name)
    }

    private func resolve(
        _ name: String, after pending: [String] = [], in contexts: [KeyContext] = KeyContext.boards.resolutionOrder,
        preset: String = "default"
    ) throws -> KeyResolution {
        KeyResolver.resolve(
            pending: try pending.map(Self.key), next: try Self.key(name), contexts: contexts, keymap: try Self.keymap(preset))
    }

    @Test func singleKeysResolveThroughThePaneListAndGlobalContexts() throws {
        #expect(try resolve("q") == .command(.quit))
        #expect(try resolve("ctrl-c") == .command(.quit))
        #expect(try resolve("down") == .command(.moveDown))
        #expect(try resolve("shift-tab") == .command(.focusPrevious))
        #expect(try resolve("z") == .unbound(KeyPress(.character("z"))))
    }

    @Test func paneBindingsOnlyApplyInTheirPane() throws {
        #expect(try resolve("F", in: KeyContext.pins.resolutionOrder) == .command(.cyclePinFilter))
        #expect(try resolve("F", in: KeyContext.boards.resolutionOrder) == .unbound(KeyPress(.character("F"))))
    }

    @Test func theFilterContextStandsAlone() throws {
        let filter = KeyContext.filter.resolutionOrder
        #expect(filter == [.filter])
        #expect(try resolve("q", in: filter) == .unbound(KeyPress(.character("q"))))
        #expect(try resolve("enter", in: filter) == .command(.acceptFilter))
        #expect(try resolve("backspace", in: filter) == .command(.deleteBackward))
    }

    @Test func formsPickersAndDialogsEachStandAlone() {
        for context in [KeyContext.form, .picker, .confirm] {
            #expect(context.resolutionOrder == [context])
        }
    }

    /// What the reducer needs from every preset: letters, space and other printable keys reach the
    /// form's field and the picker's filter, and the common keys mean the same everywhere.
    @Test("forms, pickers and dialogs resolve alike in every preset", arguments: KeymapPresetTests.presetNames)
    func modalContexts(preset: String) throws {
        let (form, picker, confirm) =
            (KeyContext.form.resolutionOrder, KeyContext.picker.resolutionOrder, KeyContext.confirm.resolutionOrder)
        for typed in ["q", "a", "x", "space", "é", "/", "?"] {
            let press = try Self.key(typed)
            #expect(try resolve(typed, in: form, preset: preset) == .unbound(press))
            #expect(try resolve(typed, in: picker, preset: preset) == .unbound(press))
        }
        #expect(try resolve("tab", in: form, preset: preset) == .command(.nextField))
        #expect(try resolve("shift-tab", in: form, preset: preset) == .command(.previousField))
        #expect(try resolve("enter", in: form, preset: preset) == .command(.activateField))
        #expect(try resolve("esc", in: form, preset: preset) == .command(.cancelForm))
        #expect(try resolve("backspace", in: form, preset: preset) == .command(.deleteBackward))
        #expect(try resolve("alt-b", in: form, preset: preset) == .command(.wordLeft))
        #expect(try resolve("alt-f", in: form, preset: preset) == .command(.wordRight))
        #expect(try resolve("ctrl-a", in: form, preset: preset) == .command(.lineStart))
        #expect(try resolve("ctrl-e", in: form, preset: preset) == .command(.lineEnd))
        #expect(try resolve("ctrl-k", in: form, preset: preset) == .command(.deleteToLineEnd))
        #expect(try resolve("down", in: picker, preset: preset) == .command(.moveDown))
        #expect(try resolve("enter", in: picker, preset: preset) == .command(.choose))
        #expect(try resolve("esc", in: picker, preset: preset) == .command(.cancelPicker))
        #expect(try resolve("backspace", in: picker, preset: preset) == .command(.deleteBackward))
        #expect(try resolve("y", in: confirm, preset: preset) == .command(.confirm))
        #expect(try resolve("enter", in: confirm, preset: preset) == .command(.acceptDialog))
        #expect(try resolve("n", in: confirm, preset: preset) == .command(.cancelDialog))
        #expect(try resolve("esc", in: confirm, preset: preset) == .command(.cancelDialog))
        #expect(try resolve("q", in: confirm, preset: preset) == .unbound(KeyPress(.character("q"))))
    }

    @Test func defaultWriteAndMarkKeys() throws {
        #expect(try resolve("n") == .command(.createBoard))
        #expect(try resolve("e", in: KeyContext.sections.resolutionOrder) == .command(.renameSection))
        #expect(try resolve("x", in: KeyContext.sections.resolutionOrder) == .command(.deleteSection))
        let pins = KeyContext.pins.resolutionOrder
        #expect(try resolve("n", in: pins) == .command(.createPin))
        #expect(try resolve("delete", in: pins) == .command(.deletePins))
        #expect(try resolve("m", in: pins) == .command(.movePins))
        #expect(try resolve("a", in: pins) == .command(.savePin))
        #expect(try resolve("space", in: pins) == .command(.toggleMark))
        #expect(try resolve("v", in: pins) == .command(.markRange))
        #expect(try resolve("u", in: pins) == .command(.clearMarks))
        #expect(try resolve("m") == .unbound(KeyPress(.character("m"))))
        #expect(try resolve("ctrl-s", in: [.form]) == .command(.submit))
        #expect(try resolve("ctrl-w", in: [.form]) == .command(.deleteWordBackward))
        #expect(try resolve("alt-backspace", in: [.form]) == .command(.deleteWordBackward))
        #expect(try resolve("alt-left", in: [.form]) == .command(.wordLeft))
    }

    @Test func vimFormsStayInInsertModeAndPickersMoveWithCtrlKeys() throws {
        #expect(try resolve("V", in: KeyContext.pins.resolutionOrder, preset: "vim") == .command(.markRange))
        #expect(try resolve("o", preset: "vim") == .command(.createBoard))
        #expect(try resolve("i", in: KeyContext.pins.resolutionOrder, preset: "vim") == .command(.editPin))
        #expect(try resolve("ctrl-s", in: [.form], preset: "vim") == .command(.submit))
        #expect(try resolve("j", in: [.form], preset: "vim") == .unbound(KeyPress(.character("j"))))
        #expect(try resolve("ctrl-n", in: [.picker], preset: "vim") == .command(.moveDown))
        #expect(try resolve("ctrl-p", in: [.picker], preset: "vim") == .command(.moveUp))
        #expect(try resolve("k", in: [.picker], preset: "vim") == .unbound(KeyPress(.character("k"))))
    }

    @Test func emacsSubmitsWithCtrlCCtrlCAndCancelsWithCtrlG() throws {
        let ctrlC = try Self.key("ctrl-c")
        let submit = CommandCatalog.info(.submit).description
        #expect(try resolve("ctrl-c", in: [.form], preset: "emacs")
            == .pending(prefix: [ctrlC], continuations: [KeyHint(remaining: "ctrl-c", command: .submit, description: submit)]))
        #expect(try resolve("ctrl-c", after: ["ctrl-c"], in: [.form], preset: "emacs") == .command(.submit))
        #expect(try resolve("ctrl-s", after: ["ctrl-x"], in: [.form], preset: "emacs") == .command(.submit))
        #expect(try resolve("ctrl-g", in: [.form], preset: "emacs") == .command(.cancelForm))
        #expect(try resolve("ctrl-g", in: [.picker], preset: "emacs") == .command(.cancelPicker))
        #expect(try resolve("ctrl-g", in: [.confirm], preset: "emacs") == .command(.cancelDialog))
        #expect(try resolve("ctrl-b", in: [.form], preset: "emacs") == .command(.cursorLeft))
        #expect(try resolve("ctrl-n", in: [.form], preset: "emacs") == .command(.cursorDown))
        #expect(try resolve("ctrl-d", in: [.form], preset: "emacs") == .command(.deleteForward))
        #expect(try resolve("alt-backspace", in: [.form], preset: "emacs") == .command(.deleteWordBackward))
        #expect(try resolve("ctrl-space", in: KeyContext.pins.resolutionOrder, preset: "emacs") == .command(.markRange))
        #expect(try resolve("R", in: KeyContext.pins.resolutionOrder, preset: "emacs") == .command(.movePins))
    }

    @Test func helpSeesHelpThenGlobal() throws {
        let help = KeyContext.help.resolutionOrder
        #expect(try resolve("esc", in: help) == .command(.closeHelp))
        #expect(try resolve("q", in: help) == .command(.quit))
        #expect(try resolve("down", in: help) == .command(.moveDown))
        #expect(try resolve("enter", in: help) == .command(.closeHelp))
        #expect(try resolve("/", in: help) == .command(.filter), "/ filters the help")
    }

    @Test func vimGGIsPendingWithAHintLineThenACommand() throws {
        let g = try Self.key("g")
        let hints = [
            KeyHint(remaining: "g", command: .goTop, description: CommandCatalog.info(.goTop).description),
            KeyHint(remaining: "v", command: .toggleGallery, description: CommandCatalog.info(.toggleGallery).description),
            KeyHint(remaining: "t", command: .focusNext, description: CommandCatalog.info(.focusNext).description),
            KeyHint(remaining: "T", command: .focusPrevious, description: CommandCatalog.info(.focusPrevious).description),
            KeyHint(remaining: "<", command: .showMessages, description: CommandCatalog.info(.showMessages).description),
        ]
        #expect(try resolve("g", preset: "vim") == .pending(prefix: [g], continuations: hints))
        #expect(try resolve("g", after: ["g"], preset: "vim") == .command(.goTop))
        #expect(try resolve("T", after: ["g"], preset: "vim") == .command(.focusPrevious))
        #expect(try resolve("G", preset: "vim") == .command(.goBottom))
        #expect(try resolve("ctrl-d", preset: "vim") == .command(.pageDown))
    }

    @Test func aBrokenSequenceDropsThePrefixAndResolvesTheNewKeyAlone() throws {
        #expect(try resolve("j", after: ["g"], preset: "vim") == .command(.moveDown))
        #expect(try resolve("z", after: ["g"], preset: "vim") == .unbound(KeyPress(.character("z"))))
    }

    @Test func aCancellingKeyOnlyDropsThePendingKeys() throws {
        #expect(try resolve("esc", after: ["g"], preset: "vim") == .cancelled)
        #expect(try resolve("backspace", after: ["g"], preset: "vim") == .cancelled, "backspace is vim's other back key")
        #expect(try resolve("ctrl-g", after: ["ctrl-x"], preset: "emacs") == .cancelled)
        #expect(try resolve("esc", after: ["ctrl-x"], preset: "emacs") == .cancelled)
        #expect(try resolve("esc", preset: "vim") == .command(.back), "with nothing pending esc still goes back")
    }

    @Test func emacsSequencesAndModifiers() throws {
        let ctrlX = try Self.key("ctrl-x")
        guard case .pending(let prefix, let hints) = try resolve("ctrl-x", preset: "emacs") else {
            Issue.record("ctrl-x should be pending")
            return
        }
        #expect(prefix == [ctrlX])
        #expect(hints.map(\.remaining) == ["g", "ctrl-c", "o"])
        #expect(try resolve("ctrl-c", after: ["ctrl-x"], preset: "emacs") == .command(.quit))
        #expect(try resolve("o", after: ["ctrl-x"], preset: "emacs") == .command(.focusNext))
        #expect(try resolve("alt-<", preset: "emacs") == .command(.goTop))
        #expect(try resolve("ctrl-v", preset: "emacs") == .command(.pageDown))
        #expect(try resolve("ctrl-s", preset: "emacs") == .command(.filter))
        #expect(try resolve("ctrl-g", in: [.filter], preset: "emacs") == .command(.clearFilter))
    }
}
