import PinterestAPI
import TackCore
import TerminalCanvas
import Testing

/// The writes driven by keys alone through each shipped keymap, as a user would.
@Suite("Writes: by keys in every preset")
struct WriteKeysTests {
    /// Presses the keys the keymap binds to `command` in `context`, returning the effects.
    @discardableResult
    private func press(_ command: Command, in context: KeyContext, _ state: inout AppState) -> [Effect] {
        guard let sequence = state.keymap.sequences(for: command, in: context).first else {
            Issue.record("\(command.rawValue) is unbound in [\(context.rawValue)]")
            return []
        }
        return sequence.keys.map { reduce(&state, .terminal(.key($0))) }
    }

    private func type(_ text: String, _ state: inout AppState) {
        for character in text { send(&state, .terminal(.key(KeyPress(.character(character))))) }
    }

    private func state(withPreset name: String) throws -> AppState {
        var state = WriteFixture.boards()
        state.keymap = try KeymapLoader.load(preset: name, userFile: nil, presets: TestFiles.presets)
        return state
    }

    @Test("a board is created, retried and confirmed by keys", arguments: KeymapPresetTests.presetNames)
    func createBoardByKeys(preset: String) throws {
        var state = try state(withPreset: preset)
        press(.createBoard, in: .boards, &state)
        #expect(state.form?.kind == .createBoard)
        type("Trips jklnq", &state)
        press(.nextField, in: .form, &state)
        type("Sun", &state)
        press(.activateField, in: .form, &state)
        type("sea", &state)
        let request = WriteRequest.createBoard(BoardCreate(name: "Trips jklnq", description: "Sun\nsea", privacy: .public))
        #expect(press(.submit, in: .form, &state).compactMap(requestedWrite(in:)) == [request])

        send(&state, .writeFailed(request, WriteFixture.busy))
        #expect(press(.submit, in: .form, &state).compactMap(requestedWrite(in:)) == [request])
        send(&state, .writeSucceeded(request, .board(Board(id: "b9", name: "Trips jklnq"))))
        #expect(state.selectedBoard?.id == "b9")
    }

    @Test("a changed form asks before it is dropped", arguments: KeymapPresetTests.presetNames)
    func discardByKeys(preset: String) throws {
        var state = try state(withPreset: preset)
        press(.createBoard, in: .boards, &state)
        type("x", &state)
        press(.cancelForm, in: .form, &state)
        press(.cancelDialog, in: .confirm, &state)
        #expect(state.form?[.name]?.textBuffer?.text == "x")
        press(.cancelForm, in: .form, &state)
        press(.confirm, in: .confirm, &state)
        #expect(state.form == nil)
    }

    @Test("pins are marked and moved with a picker by keys", arguments: KeymapPresetTests.presetNames)
    func bulkMoveByKeys(preset: String) throws {
        var state = try state(withPreset: preset)
        press(.open, in: .list, &state)
        send(&state, .pinsPageLoaded(PageRequest(source: .boardPins(boardId: "b1")), Fixture.pins(3), bookmark: nil))
        state.boardsScreen.focus = .pins
        press(.toggleMark, in: .pins, &state)
        press(.toggleMark, in: .pins, &state)
        press(.movePins, in: .pins, &state)
        press(.activateField, in: .form, &state)
        type("trip", &state)
        press(.choose, in: .picker, &state)
        press(.submit, in: .form, &state)
        #expect(state.confirmation?.action == .movePins(ids: ["p1", "p2"], to: PinDestination(boardId: "b3")))
        let effects = press(.confirm, in: .confirm, &state)
        #expect(effects.compactMap(requestedWrite(in:)) == [.movePin(pinId: "p1", to: PinDestination(boardId: "b3"))])
    }
}
