import PinterestAPI
import TackCore
import TerminalCanvas

/// Forms, pickers and dialogs over the browsing state, for the modal snapshots and checks.
extension Fixtures {
    /// The browsing state with `form` open.
    static func withForm(_ form: FormState, size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = browsing(size)
        state.form = form
        return state
    }

    static let longDescription = """
        Charred peaches, burrata, basil and a honey-lime dressing. Ready in twenty minutes; serves four as a starter.
        Grill the peaches cut side down until they have dark stripes, then tear the burrata over them.
        Finish with flaky salt, black pepper and a few torn mint leaves.
        """

    /// The board picker of a form's board field, with the fixture boards and their pin counts.
    static func boardPicker(selected: String? = nil) -> PickerState {
        let options = boards.map { PickerOption(id: $0.id, label: $0.name, detail: $0.pinCount.map { "\($0) pins" }) }
        return PickerState(title: "Board", options: options, target: .field(.board), selectedID: selected)
    }
}

extension FormState {
    /// The form after typing each text at the end of its field (in the order given), then focusing `focus`.
    func typing(_ texts: KeyValuePairs<FieldID, String>, focus: FieldID? = nil) -> FormState {
        var form = self
        for (id, text) in texts {
            form.focus(id)
            form.editFocusedText(.insert(text))
        }
        if let focus { form.focus(focus) }
        return form
    }

    /// The form with the field's text replaced.
    func replacing(_ id: FieldID, with text: String) -> FormState {
        var form = self
        form.focus(id)
        form.editFocusedText(.moveToLineEnd)
        form.editFocusedText(.deleteToLineStart)
        form.editFocusedText(.insert(text))
        return form
    }

    mutating func focus(_ id: FieldID) {
        focusedFieldIndex = fields.firstIndex { $0.id == id } ?? focusedFieldIndex
    }
}
