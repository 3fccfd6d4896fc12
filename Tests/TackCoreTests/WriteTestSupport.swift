import PinterestAPI
import TackCore
import Testing

/// Driving forms, pickers and dialogs through actions, as the keymap would.
enum WriteFixture {
    static let busy = APIFailure(userMessage: "board busy: try again", status: 409, isRetryable: true)

    /// Board b1 open with its sections and pins loaded, the focus on its pins.
    static func pinsOfB1(_ pins: [Pin] = Fixture.pins(5)) -> AppState {
        Fixture.withFocusedPins(pins)
    }

    /// Board b1 (5 pins) of boards with pin counts open, the focus on its pins p1…p5.
    static func countedPinsOfB1() -> AppState {
        var state = boards()
        send(&state, .command(.open))
        send(&state, .pinsPageLoaded(PageRequest(source: .boardPins(boardId: "b1")), Fixture.pins(5), bookmark: nil))
        state.boardsScreen.focus = .pins
        return state
    }

    static func pinCounts(_ state: AppState) -> [Int?] { state.boardsScreen.boards.items.map(\.pinCount) }

    /// Own boards b1…b3 loaded, the focus on the boards pane.
    static func boards() -> AppState {
        Fixture.withBoards([
            Fixture.board(1, pinCount: 5), Fixture.board(2, pinCount: 7), Fixture.board(3, name: "Trips", pinCount: 0),
        ])
    }
}

/// The write requested by `effect` (searching batches), nil when it asks for none.
func requestedWrite(in effect: Effect) -> WriteRequest? {
    switch effect {
    case .request(_, .write(let request)): request
    case .batch(let effects): effects.lazy.compactMap(requestedWrite(in:)).first
    default: nil
    }
}

/// Focuses a field of the open form with next_field and replaces its text by editing commands and a paste.
func fill(_ state: inout AppState, _ field: FieldID, with text: String) {
    guard let form = state.form, form.fields.contains(where: { $0.id == field }) else {
        Issue.record("no \(field) field in the form")
        return
    }
    while state.form?.focusedField?.id != field { send(&state, .command(.nextField)) }
    while state.form?.focusedField?.textBuffer?.isEmpty == false {
        send(&state, .command(.lineEnd), .command(.deleteToLineStart), .command(.deleteBackward))
    }
    send(&state, .terminal(.paste(text)))
}

/// Picks the option with this label in a picker opened on `field` by activate_field.
func pick(_ state: inout AppState, _ field: FieldID, _ label: String) {
    while state.form?.focusedField?.id != field { send(&state, .command(.nextField)) }
    send(&state, .command(.activateField))
    send(&state, .command(.goTop))
    while let option = state.picker?.selectedOption, option.label != label {
        let before = state.picker?.selectedOption
        send(&state, .command(.moveDown))
        if state.picker?.selectedOption == before { break }
    }
    #expect(state.picker?.selectedOption?.label == label)
    send(&state, .command(.choose))
}
