import TackCore
import TerminalCanvas
import Testing

@Suite("Shipped keymap presets")
struct KeymapPresetTests {
    static let presetNames = ["default", "vim", "emacs"]

    @Test func theThreePresetsShip() {
        #expect(TestFiles.presets.keymapNames == ["default", "emacs", "vim"])
    }

    @Test("each preset checks clean", arguments: presetNames)
    func checksClean(name: String) throws {
        _ = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        let path = TestFiles.repositoryRoot + "/keymaps/\(name).toml"
        #expect(KeymapChecker.check(fileAt: path, presets: TestFiles.presets) == [])
    }

    @Test("each preset binds every command where it applies", arguments: presetNames)
    func bindsEveryCommand(name: String) throws {
        let keymap = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        for info in CommandCatalog.all {
            let bound = info.contexts.contains { !keymap.sequences(for: info.command, in: $0).isEmpty }
            #expect(bound, "\(name) leaves \(info.command.rawValue) unbound")
        }
    }

    /// A modal context stands alone, so a command it allows but the preset leaves unbound there
    /// (a picker without a way out, a form without backspace) could not be reached at all.
    @Test("each preset binds every command of a modal context in that context", arguments: presetNames)
    func bindsEveryModalCommand(name: String) throws {
        let keymap = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        for context in Self.modalContexts {
            for info in CommandCatalog.all where info.contexts.contains(context) {
                #expect(!keymap.sequences(for: info.command, in: context).isEmpty,
                        "\(name) leaves \(info.command.rawValue) unbound in [\(context.rawValue)]")
            }
        }
    }

    /// The reducer types unbound printable keys into a filter, a form's field or a picker's filter.
    @Test("each preset leaves printable keys to typing in filters, forms and pickers", arguments: presetNames)
    func typingContextsLeavePrintableKeysUnbound(name: String) throws {
        let keymap = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        for context in [KeyContext.filter, .form, .picker] {
            for (command, sequences) in keymap.bindings(in: context) {
                for sequence in sequences {
                    let first = sequence.keys[0]
                    let printable = if case .character = first.key { first.modifiers.isEmpty } else { false }
                    #expect(!printable, "\(name) binds \"\(sequence.display)\" to \(command.rawValue) in [\(context.rawValue)]")
                }
            }
        }
    }

    /// The contexts that are active alone (filter, form, picker, confirm).
    static let modalContexts = KeyContext.allCases.filter { $0 != .global && $0.resolutionOrder == [$0] }

    @Test func theModalContextsAreTheOnesActiveAlone() {
        #expect(Self.modalContexts == [.filter, .form, .picker, .confirm])
    }

    /// Each preset lists every action, so checking it as a user file over "default" (what
    /// `tack keymap check keymaps/vim.toml` does) gives exactly the preset.
    @Test("each preset read as a user file over default is the preset itself", arguments: presetNames)
    func overlayEqualsPreset(name: String) throws {
        let preset = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        let path = TestFiles.repositoryRoot + "/keymaps/\(name).toml"
        #expect(try KeymapLoader.load(preset: "default", userFile: path, presets: TestFiles.presets) == preset)
    }

    @Test func everyCommandHasADescriptionAndAContext() {
        #expect(CommandCatalog.all.map(\.command) == Command.allCases)
        for info in CommandCatalog.all {
            #expect(!info.description.isEmpty)
            #expect(!info.contexts.isEmpty)
        }
    }

    /// The analytics screen's period, filters and split have the same letters in every preset, none of them
    /// taken by [list] or [global] (p and f are: they show My pins and followed boards).
    @Test("each preset binds the analytics period, filters and split", arguments: presetNames)
    func bindsTheAnalyticsKeys(name: String) throws {
        let keymap = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        let expected: [(Command, String)] = [
            (.cyclePeriod, "t"), (.choosePeriod, "P"), (.chooseFilters, "F"), (.resetFilters, "x"), (.cycleSplit, "B"),
        ]
        for (command, key) in expected {
            #expect(keymap.sequences(for: command, in: .analytics).map(\.display) == [key], "\(name): \(command.rawValue)")
        }
    }

    /// The palette's key is the keymap's convention where it is free: ctrl-p (VS Code, Sublime) in
    /// default, ":" in vim; emacs moves up with ctrl-p, so it takes alt-x (M-x). In the palette, as
    /// in every picker, ctrl-n and ctrl-p move too. In the help, "/" (emacs: also ctrl-s) filters.
    @Test("each preset binds the command palette and the help's filter", arguments: presetNames)
    func bindsThePaletteAndTheHelpFilter(name: String) throws {
        let keymap = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        let palette = ["default": ["ctrl-p"], "vim": [":"], "emacs": ["alt-x"]]
        #expect(keymap.sequences(for: .commandPalette, in: .global).map(\.display) == palette[name])
        #expect(keymap.sequences(for: .moveUp, in: .picker).map(\.display).contains("ctrl-p"))
        #expect(keymap.sequences(for: .moveDown, in: .picker).map(\.display).contains("ctrl-n"))
        let helpFilter = ["default": ["/"], "vim": ["/"], "emacs": ["ctrl-s", "/"]]
        #expect(keymap.sequences(for: .filter, in: .help).map(\.display) == helpFilter[name])
    }

    /// The pin view acts on its pin with the keys the pins pane uses for it, and is left with back.
    @Test("each preset gives the pin view the pins pane's pin keys", arguments: presetNames)
    func bindsThePinViewKeys(name: String) throws {
        let keymap = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        for command in [Command.editPin, .deletePins, .movePins, .showPinAnalytics] {
            #expect(!keymap.sequences(for: command, in: .pinView).isEmpty, "\(name): \(command.rawValue)")
            #expect(keymap.sequences(for: command, in: .pinView) == keymap.sequences(for: command, in: .pins), "\(name): \(command.rawValue)")
        }
        let esc = KeyResolver.resolve(pending: [], next: KeyPress(.escape), contexts: KeyContext.pinView.resolutionOrder, keymap: keymap)
        #expect(esc == .command(.back))
        for command in [Command.moveDown, .pageDown, .goBottom, .scrollDetailDown] {
            #expect(KeyContext.pinView.resolutionOrder.contains { !keymap.sequences(for: command, in: $0).isEmpty }, "\(name): \(command.rawValue)")
        }
    }

    /// The detail pane's scroll keys work from every pane of the boards, My pins and account screens.
    @Test("each preset binds the detail scroll keys for every pane", arguments: presetNames)
    func bindsTheDetailScrollKeys(name: String) throws {
        let keymap = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        for context in [KeyContext.boards, .sections, .pins, .account] {
            for command in [Command.scrollDetailUp, .scrollDetailDown] {
                let sequence = try #require(context.resolutionOrder.lazy.compactMap { keymap.sequences(for: command, in: $0).first }.first)
                let resolved = KeyResolver.resolve(pending: [], next: sequence.keys[0], contexts: context.resolutionOrder, keymap: keymap)
                #expect(sequence.keys.count == 1 && resolved == .command(command), "\(name) [\(context.rawValue)]: \(command.rawValue)")
            }
        }
    }

    @Test func theHelpOverlayListsBindingsInCatalogueOrder() throws {
        let keymap = try KeymapLoader.load(preset: "default", userFile: nil, presets: TestFiles.presets)
        let global = keymap.bindings(in: .global)
        #expect(global.first?.command == .quit)
        #expect(global.first?.sequences.map(\.display) == ["q", "ctrl-c"])
        #expect(global.map(\.command) == CommandCatalog.all.filter { $0.contexts.first == .global }.map(\.command))
        #expect(keymap.bindings(in: .boards).map(\.command) == [.createBoard, .editBoard, .deleteBoard])
        #expect(keymap.bindings(in: .picker).map(\.command)
            == [.moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom, .deleteBackward, .choose, .cancelPicker])
    }
}
