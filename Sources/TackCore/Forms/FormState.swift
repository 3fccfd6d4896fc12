import PinterestAPI

/// A modal form: its fields in tab order, which one has focus, and whether it is being submitted.
///
/// Validation is derived from the values, so `errors` and `canSubmit` are always current.
public struct FormState: Hashable, Sendable {
    public let kind: FormKind
    public var title: String
    public var fields: [FormField]
    public var focusedFieldIndex: Int
    public var phase: FormPhase
    /// While submitting: whether an attempt of the write has left for Pinterest and was not refused,
    /// so that it may be applied even if no answer comes.
    public private(set) var writeMayHaveArrived: Bool
    /// The values the form opened with, so `isDirty` is exact.
    public let initialValues: [FieldID: FieldValue]

    public init(kind: FormKind, title: String, fields: [FormField]) {
        self.kind = kind
        self.title = title
        self.fields = fields
        focusedFieldIndex = 0
        phase = .editing
        writeMayHaveArrived = false
        initialValues = Dictionary(uniqueKeysWithValues: fields.map { ($0.id, $0.value) })
    }

    /// The field with that id, if the form has one.
    public subscript(id: FieldID) -> FormField? {
        fields.first { $0.id == id }
    }

    public var focusedField: FormField? {
        fields.indices.contains(focusedFieldIndex) ? fields[focusedFieldIndex] : nil
    }

    // MARK: - Validation

    /// The field's rules, plus those that depend on other fields (the media source's on the media kind,
    /// an analytics period's end on its start).
    public func rules(for field: FormField) -> [FieldRule] {
        switch field.id {
        case .mediaSource: field.rules + (mediaKind?.sourceRules ?? [])
        case .endDate: field.rules + periodEndRules
        default: field.rules
        }
    }

    /// The first error of each invalid field.
    public var errors: [FieldID: String] {
        var errors: [FieldID: String] = [:]
        for field in fields {
            if let message = error(of: field) {
                errors[field.id] = message
            }
        }
        return errors
    }

    /// The remaining-characters note for a length-limited field ("96 left"), nil for the others.
    public func remainingText(for id: FieldID) -> String? {
        self[id].flatMap { rules(for: $0).remainingText(for: $0.submittedText) }
    }

    public var isValid: Bool { fields.allSatisfy { error(of: $0) == nil } }

    /// True when the form is valid and not already waiting for its request.
    public var canSubmit: Bool { isValid && phase != .submitting }

    public var isSubmitting: Bool { phase == .submitting }

    /// True when any field differs from what the form opened with.
    public var isDirty: Bool {
        fields.contains { field in initialValues[field.id].map { !field.value.hasSameContent(as: $0) } ?? true }
    }

    /// True when the field's content differs from what the form opened with.
    public func isChanged(_ id: FieldID) -> Bool {
        guard let field = self[id], let initial = initialValues[id] else { return false }
        return !field.value.hasSameContent(as: initial)
    }

    /// The chosen media kind of a pin form.
    public var mediaKind: MediaKind? {
        self[.mediaKind]?.selectedOption.flatMap { MediaKind(rawValue: $0.id) }
    }

    private func error(of field: FormField) -> String? {
        rules(for: field).firstViolation(by: field.submittedText, label: field.label)
    }

    // MARK: - Editing

    /// Moves focus to the next field, wrapping from the last to the first.
    public mutating func focusNext() {
        guard !fields.isEmpty else { return }
        focusedFieldIndex = (focusedFieldIndex + 1) % fields.count
    }

    /// Moves focus to the previous field, wrapping from the first to the last.
    public mutating func focusPrevious() {
        guard !fields.isEmpty else { return }
        focusedFieldIndex = (focusedFieldIndex + fields.count - 1) % fields.count
    }

    /// Applies an edit to the focused field when it is a text field; returns whether it was.
    @discardableResult
    public mutating func editFocusedText(_ command: TextEditCommand) -> Bool {
        guard fields.indices.contains(focusedFieldIndex), case .text(var buffer) = fields[focusedFieldIndex].value
        else { return false }
        buffer.apply(command)
        fields[focusedFieldIndex].value = .text(buffer)
        return true
    }

    /// Selects the option `offset` steps away in the focused choice field, wrapping; returns whether
    /// the focused field is a choice.
    @discardableResult
    public mutating func cycleFocusedChoice(by offset: Int) -> Bool {
        guard let field = focusedField, case .choice(let options, let index) = field.value, !options.isEmpty
        else { return false }
        let count = options.count
        selectChoice(at: ((index + offset) % count + count) % count, in: field.id)
        return true
    }

    /// Selects an option of a choice field by index (from a picker).
    public mutating func selectChoice(at index: Int, in id: FieldID) {
        guard let position = fields.firstIndex(where: { $0.id == id }),
            case .choice(let options, _) = fields[position].value, options.indices.contains(index)
        else { return }
        fields[position].value = .choice(options: options, selectedIndex: index)
        if id == .mediaKind, let kind = mediaKind {
            setHint(kind.hint, of: .mediaSource)
        }
    }

    /// Names the section field's section once its name is known (the move form opens before a
    /// pin's section name may be loaded).
    public mutating func nameSection(from sections: [BoardSection]) {
        guard let position = fields.firstIndex(where: { $0.id == .section }),
            case .reference(let id?, _) = fields[position].value, let section = sections.first(where: { $0.id == id })
        else { return }
        fields[position].value = .reference(id: id, label: section.name)
    }

    /// Says the section field's section name could not be loaded (its id is still what is sent).
    public mutating func giveUpNamingSection() {
        guard let position = fields.firstIndex(where: { $0.id == .section }),
            case .reference(let id?, FormState.loadingSectionName) = fields[position].value
        else { return }
        fields[position].value = .reference(id: id, label: "(the pin's current section)")
    }

    /// Fills a board or section field with what a picker chose. Choosing another board resets the
    /// section to none, since sections belong to their board.
    public mutating func fillReference(_ id: FieldID, with referenceID: String?, label: String) {
        guard let position = fields.firstIndex(where: { $0.id == id }) else { return }
        let previous = fields[position].submittedText
        fields[position].value = .reference(id: referenceID, label: label)
        if id == .board, previous != (referenceID ?? ""),
            let section = fields.firstIndex(where: { $0.id == .section })
        {
            fields[section].value = FormState.noSection
        }
    }

    /// Marks the form as waiting for its request; returns false (and changes nothing) when it cannot
    /// be submitted, so a second submit while one runs does nothing.
    public mutating func beginSubmitting() -> Bool {
        guard canSubmit else { return false }
        phase = .submitting
        writeMayHaveArrived = false
        return true
    }

    /// Notes what the write reported while the form waits: an attempt left (it may be applied from
    /// now on), or Pinterest refused it with a rate limit (nothing applied until the retry leaves).
    public mutating func record(_ progress: RequestProgress) {
        guard isSubmitting else { return }
        switch progress {
        case .sent: writeMayHaveArrived = true
        case .rateLimited: writeMayHaveArrived = false
        }
    }

    /// Stops waiting for the write: back to editing with every value kept, saying whether it may
    /// still have been applied.
    public mutating func cancelSubmitting() {
        guard isSubmitting else { return }
        phase = .cancelled(mayHaveBeenApplied: writeMayHaveArrived)
        writeMayHaveArrived = false
    }

    /// Back to editing after a failed request, keeping every value and showing the failure.
    public mutating func fail(with failure: APIFailure) {
        phase = .failed(failure)
    }

    private mutating func setHint(_ hint: String, of id: FieldID) {
        if let position = fields.firstIndex(where: { $0.id == id }) {
            fields[position].hint = hint
        }
    }
}
