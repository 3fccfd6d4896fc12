import PinterestAPI
import TackCore
import Testing

/// Which key answers which dialog: only confirm (y) carries out a delete; accept_dialog (enter)
/// answers the dialogs that delete nothing; cancel_dialog (n, esc) closes any.
@Suite("Confirmations: keys")
struct ConfirmKeysTests {
    @Test("in each preset, y confirms, enter only accepts and n or esc cancel", arguments: KeymapPresetTests.presetNames)
    func presetsKeepEnterOffTheDeleteKey(name: String) throws {
        let keymap = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        let keys = { (command: Command) in keymap.sequences(for: command, in: .confirm).map(\.display) }
        #expect(keys(.confirm) == ["y"])
        #expect(keys(.acceptDialog) == ["enter"])
        #expect(keys(.cancelDialog).contains("n") && keys(.cancelDialog).contains("esc"))
    }

    @Test func enterOnADeleteOnlySaysWhichKeyDeletes() throws {
        var state = try Self.withPresetKeys(WriteFixture.boards())
        send(&state, .command(.deleteBoard))
        let dialog = state.confirmation
        #expect(reduce(&state, .command(.acceptDialog)) == .none, "nothing is deleted")
        #expect(state.confirmation == dialog, "the dialog stays open")
        #expect(state.statusMessage == "Press y to delete")
        #expect(state.boardsScreen.boards.items.count == 3)

        let effect = reduce(&state, .command(.confirm))
        #expect(requestedWrite(in: effect) == .deleteBoard(boardId: "b1"))
        #expect(state.confirmation == nil)
    }

    @Test func enterDoesNotDeletePinsOrSectionsOrDiscardAForm() throws {
        var pins = try Self.withPresetKeys(WriteFixture.pinsOfB1())
        send(&pins, .command(.deletePins), .command(.acceptDialog))
        #expect(pins.confirmation?.action == .deletePins(ids: ["p1"]))
        #expect(pins.boardsScreen.pins.items.count == 5)

        var sections = try Self.withPresetKeys(Fixture.withOpenBoard())
        send(&sections, .command(.moveDown), .command(.deleteSection), .command(.acceptDialog))
        #expect(sections.confirmation?.action == .deleteSection(boardId: "b1", sectionId: "s1", name: "Section 1"))
        #expect(sections.boardsScreen.sections.items.count == 2, "the section is still listed")

        var form = try Self.withPresetKeys(WriteFixture.boards())
        send(&form, .command(.createBoard), .terminal(.paste("Half typed")), .command(.cancelForm))
        send(&form, .command(.acceptDialog))
        #expect(form.confirmation?.action == .discardForm)
        #expect(form.form != nil)
        #expect(form.statusMessage == "Press y to discard")
    }

    @Test func enterAcceptsAMoveOfMarkedPins() throws {
        var state = try Self.withPresetKeys(WriteFixture.pinsOfB1())
        send(&state, .command(.toggleMark), .command(.toggleMark), .command(.movePins))
        pick(&state, .board, "Board 3")
        send(&state, .command(.submit))
        #expect(state.confirmation?.action.isDestructive == false)
        let effect = reduce(&state, .command(.acceptDialog))
        #expect(requestedWrite(in: effect) == .movePin(pinId: "p1", to: PinDestination(boardId: "b3")))
    }

    @Test func withoutAConfirmKeyTheMessageSaysToBindOne() {
        var state = WriteFixture.boards()
        send(&state, .command(.deleteBoard), .command(.acceptDialog))
        #expect(state.confirmation != nil)
        #expect(state.statusMessage == "Bind a key to confirm in [confirm] to delete")
    }

    @Test func aPinDeleteNamesThePin() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.moveDown), .command(.deletePins))
        #expect(state.confirmation?.message.first == "Delete the pin “Pin 2”?")
    }

    @Test func aSectionDeleteCountsTheSectionsPinsWhileItAsks() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.moveDown))
        let effect = reduce(&state, .command(.deleteSection))
        #expect(effect == .request(id: .sectionPinCount, .sectionPinCount(boardId: "b1", sectionId: "s1")))
        #expect(state.confirmation?.message.contains("Counting its pins…") == true)

        send(&state, .sectionPinsCounted(boardId: "b1", sectionId: "s9", 4))
        #expect(state.confirmation?.message.contains("Counting its pins…") == true, "another section's count")
        send(&state, .sectionPinsCounted(boardId: "b1", sectionId: "s1", 12))
        #expect(state.confirmation?.message == ["Delete the section “Section 1” and its 12 pins?", "This cannot be undone."])
    }

    @Test func aSectionDeleteSaysWhenItsPinsCouldNotBeCounted() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.moveDown), .command(.deleteSection), .sectionPinsCounted(boardId: "b1", sectionId: "s1", nil))
        #expect(state.confirmation?.message.first == "Delete the section “Section 1” and every pin in it (how many is not known)?")
    }

    @Test func anOpenedSectionsLoadedPinsAreCountedAtOnce() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.moveDown), .command(.open))
        send(&state, .pinsPageLoaded(
            PageRequest(source: .sectionPins(boardId: "b1", sectionId: "s1")), Fixture.pins(2), bookmark: nil))
        send(&state, .command(.back))
        #expect(state.boardsScreen.focus == .sections)
        #expect(reduce(&state, .command(.deleteSection)) == .none, "every pin of the section is loaded")
        #expect(state.confirmation?.message.first == "Delete the section “Section 1” and its 2 pins?")
    }

    @Test func closingASectionDeleteStopsCounting() {
        var state = Fixture.withOpenBoard()
        send(&state, .command(.moveDown), .command(.deleteSection))
        #expect(reduce(&state, .command(.cancelDialog)) == .cancel(.sectionPinCount))
    }

    private static func withPresetKeys(_ state: AppState) throws -> AppState {
        var state = state
        state.keymap = try KeymapLoader.load(preset: "default", userFile: nil, presets: TestFiles.presets)
        return state
    }
}
