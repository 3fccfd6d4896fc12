/// The open form: editing its fields, submitting it, and cancelling it.
extension AppState {
    mutating func performInForm(_ command: Command) -> Effect {
        guard let form else { return .none }
        if form.isSubmitting {
            return command == .cancelForm ? cancelSubmitting(form) : .none
        }
        switch command {
        case .nextField: self.form?.focusNext()
        case .previousField: self.form?.focusPrevious()
        case .submit: return submitForm(form)
        case .cancelForm: cancelForm(form)
        case .activateField: return activateFocusedField(form)
        case .cursorLeft where form.focusedField?.isChoice == true:
            self.form?.cycleFocusedChoice(by: -1)
        case .cursorRight where form.focusedField?.isChoice == true:
            self.form?.cycleFocusedChoice(by: 1)
        default:
            if let edit = Self.textEdit(for: command) { self.form?.editFocusedText(edit) }
        }
        return .none
    }

    /// Typed or pasted text for the focused field; ignored while the form waits for its request.
    mutating func typeIntoForm(_ text: String) {
        guard form?.isSubmitting == false else { return }
        form?.editFocusedText(.insert(text))
    }

    /// Sends the form's write, unless it is invalid (the first wrong field gets the focus and
    /// nothing is sent). A move of several pins asks first; an edit that changed nothing just closes.
    private mutating func submitForm(_ form: FormState) -> Effect {
        let errors = form.errors
        if let invalid = form.fields.firstIndex(where: { errors[$0.id] != nil }) {
            self.form?.focusedFieldIndex = invalid
            statusMessage = "Not saved: \(errors[form.fields[invalid].id] ?? "")"
            return .none
        }
        if let applied = applyAnalyticsForm(form) { return applied }
        if let operation = form.bulkMove(), operation.ids.count > 1, case .move(let destination) = operation.kind {
            confirmation = .movePins(ids: operation.ids, to: destination, destinationName: destinationName(destination))
            return .none
        }
        guard let request = form.writeRequest() else {
            self.form = nil
            statusMessage = "Nothing changed"
            return .none
        }
        guard self.form?.beginSubmitting() == true else { return .none }
        return startWrite(request)
    }

    /// Abandons the form's write (its request is cancelled, its optimistic part taken back) and keeps
    /// the form open with what was typed, saying whether the write may still have gone through.
    private mutating func cancelSubmitting(_ form: FormState) -> Effect {
        guard let request = form.writeRequest() else { return .none }
        self.form?.cancelSubmitting()
        if let change = optimisticChanges.removeValue(forKey: request) { rollBack(change) }
        return .cancel(.write(request))
    }

    /// A form with changes asks before dropping them.
    private mutating func cancelForm(_ form: FormState) {
        if form.isDirty {
            confirmation = .discardForm(title: form.title)
        } else {
            self.form = nil
        }
    }

    /// Opens a board or section picker, cycles a choice, starts a new line in a multi-line field,
    /// or else moves to the next field.
    private mutating func activateFocusedField(_ form: FormState) -> Effect {
        guard let field = form.focusedField else { return .none }
        switch field.value {
        case .reference:
            return openPicker(for: field.id)
        case .choice:
            self.form?.cycleFocusedChoice(by: 1)
        case .text(let buffer) where buffer.isMultiline:
            self.form?.editFocusedText(.insertNewline)
        case .text:
            self.form?.focusNext()
        }
        return .none
    }

    /// The line-editor operation of a keymap command, if it is one.
    static func textEdit(for command: Command) -> TextEditCommand? {
        switch command {
        case .cursorLeft: .moveLeft
        case .cursorRight: .moveRight
        case .cursorUp: .moveUp
        case .cursorDown: .moveDown
        case .wordLeft: .moveWordLeft
        case .wordRight: .moveWordRight
        case .lineStart: .moveToLineStart
        case .lineEnd: .moveToLineEnd
        case .deleteBackward: .deleteBackward
        case .deleteForward: .deleteForward
        case .deleteWordBackward: .deleteWordBackward
        case .deleteWordForward: .deleteWordForward
        case .deleteToLineStart: .deleteToLineStart
        case .deleteToLineEnd: .deleteToLineEnd
        default: nil
        }
    }
}
