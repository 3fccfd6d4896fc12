import TackCore
import TerminalCanvas
import Testing

@Suite("User keymap files")
struct KeymapUserFileTests {
    private func load(_ text: String, preset: String = "default") throws -> Keymap {
        try TestFiles.withFile(text, named: "keymap.toml") { path in
            try KeymapLoader.load(preset: preset, userFile: path, presets: TestFiles.presets)
        }
    }

    private func displays(_ keymap: Keymap, _ command: Command, _ context: KeyContext) -> [String] {
        keymap.sequences(for: command, in: context).map(\.display)
    }

    @Test func anOverrideReplacesThatActionsKeysAndKeepsTheRest() throws {
        let keymap = try load("""
            [list]
            move_down = ["j", "down"]
            """)
        #expect(displays(keymap, .moveDown, .list) == ["j", "down"])
        #expect(displays(keymap, .moveUp, .list) == ["up"])
        #expect(displays(keymap, .quit, .global) == ["q", "ctrl-c"])
    }

    @Test func theFileChoosesItsPreset() throws {
        let keymap = try load("""
            preset = "vim"
            [global]
            quit = ["Z Z"]
            """)
        #expect(displays(keymap, .goTop, .list) == ["g g", "home"])
        #expect(displays(keymap, .quit, .global) == ["Z Z"])
    }

    @Test func thePresetArgumentIsTheBaseWhenTheFileNamesNone() throws {
        let keymap = try load("[list]\nretry = [\"Z\"]", preset: "emacs")
        #expect(displays(keymap, .moveDown, .list) == ["ctrl-n", "down"])
    }

    @Test("an empty list or false disables an action", arguments: ["[]", "false"])
    func disabling(value: String) throws {
        let keymap = try load("[list]\nretry = \(value)")
        #expect(keymap.sequences(for: .retry, in: .list).isEmpty)
        #expect(!keymap.bindings(in: .list).contains { $0.command == .retry })
        let r = KeyPress(.character("r"))
        #expect(KeyResolver.resolve(pending: [], next: r, contexts: KeyContext.boards.resolutionOrder, keymap: keymap) == .unbound(r))
    }

    @Test func aPaneBindingAppliesToThatPaneOnly() throws {
        let keymap = try load("[boards]\nopen = [\"o\"]")
        let o = KeyPress(.character("o"))
        #expect(KeyResolver.resolve(pending: [], next: o, contexts: KeyContext.boards.resolutionOrder, keymap: keymap) == .command(.open))
        #expect(KeyResolver.resolve(pending: [], next: o, contexts: KeyContext.sections.resolutionOrder, keymap: keymap) == .unbound(o))
    }

    @Test func aBrokenFileRefusesToLoadWithEveryProblem() throws {
        let error = try TestFiles.withFile("[list]\nmove_dwon = [\"x\"]\nopen = [\"f13\"]", named: "keymap.toml") { (path: String) -> [KeymapDiagnostic] in
            #expect(throws: ConfigurationError.self) { try KeymapLoader.load(preset: "default", userFile: path, presets: TestFiles.presets) }
            return KeymapChecker.check(fileAt: path, presets: TestFiles.presets)
        }
        #expect(error.map(\.line) == [2, 3])
    }

    @Test func anUnknownPresetNameIsAnError() throws {
        #expect {
            try KeymapLoader.load(preset: "nano", userFile: nil, presets: TestFiles.presets)
        } throws: { error in
            (error as? ConfigurationError)?.description.contains("unknown keymap preset \"nano\"") == true
        }
    }
}
