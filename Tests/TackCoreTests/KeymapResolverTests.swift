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
        #expect(try resolve("x") == .unbound(KeyPress(.character("x"))))
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

    @Test func helpSeesHelpThenGlobal() throws {
        let help = KeyContext.help.resolutionOrder
        #expect(try resolve("esc", in: help) == .command(.closeHelp))
        #expect(try resolve("q", in: help) == .command(.quit))
        #expect(try resolve("down", in: help) == .unbound(KeyPress(.down)))
    }

    @Test func vimGGIsPendingWithAHintLineThenACommand() throws {
        let g = try Self.key("g")
        let hints = [
            KeyHint(remaining: "g", command: .goTop, description: CommandCatalog.info(.goTop).description),
            KeyHint(remaining: "t", command: .focusNext, description: CommandCatalog.info(.focusNext).description),
            KeyHint(remaining: "T", command: .focusPrevious, description: CommandCatalog.info(.focusPrevious).description),
        ]
        #expect(try resolve("g", preset: "vim") == .pending(prefix: [g], continuations: hints))
        #expect(try resolve("g", after: ["g"], preset: "vim") == .command(.goTop))
        #expect(try resolve("T", after: ["g"], preset: "vim") == .command(.focusPrevious))
        #expect(try resolve("G", preset: "vim") == .command(.goBottom))
        #expect(try resolve("ctrl-d", preset: "vim") == .command(.pageDown))
    }

    @Test func aBrokenSequenceDropsThePrefixAndResolvesTheNewKeyAlone() throws {
        #expect(try resolve("j", after: ["g"], preset: "vim") == .command(.moveDown))
        #expect(try resolve("x", after: ["g"], preset: "vim") == .unbound(KeyPress(.character("x"))))
    }

    @Test func emacsSequencesAndModifiers() throws {
        let ctrlX = try Self.key("ctrl-x")
        guard case .pending(let prefix, let hints) = try resolve("ctrl-x", preset: "emacs") else {
            Issue.record("ctrl-x should be pending")
            return
        }
        #expect(prefix == [ctrlX])
        #expect(hints.map(\.remaining) == ["ctrl-c", "o"])
        #expect(try resolve("ctrl-c", after: ["ctrl-x"], preset: "emacs") == .command(.quit))
        #expect(try resolve("o", after: ["ctrl-x"], preset: "emacs") == .command(.focusNext))
        #expect(try resolve("alt-<", preset: "emacs") == .command(.goTop))
        #expect(try resolve("ctrl-v", preset: "emacs") == .command(.pageDown))
        #expect(try resolve("ctrl-s", preset: "emacs") == .command(.filter))
        #expect(try resolve("ctrl-g", in: [.filter], preset: "emacs") == .command(.clearFilter))
    }
}
