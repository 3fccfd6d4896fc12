/// One field of a form: what it holds, how it is labelled and validated.
public struct FormField: Hashable, Sendable, Identifiable {
    public let id: FieldID
    public var label: String
    public var value: FieldValue
    /// The rules of the field itself; `FormState.rules(for:)` adds those that depend on other fields.
    public var rules: [FieldRule]
    /// A line of help under the field, e.g. "several URLs: separate with spaces".
    public var hint: String?

    public init(id: FieldID, label: String, value: FieldValue, rules: [FieldRule] = [], hint: String? = nil) {
        self.id = id
        self.label = label
        self.value = value
        self.rules = rules
        self.hint = hint
    }

    /// A text field holding `text`.
    static func text(
        _ id: FieldID, _ label: String, _ text: String = "", multiline: Bool = false,
        rules: [FieldRule] = [], hint: String? = nil
    ) -> FormField {
        let buffer = TextBuffer(text, isMultiline: multiline)
        return FormField(id: id, label: label, value: .text(buffer), rules: rules, hint: hint)
    }

    /// The value as sent: see `FieldValue.submittedText`.
    public var submittedText: String { value.submittedText }

    /// The text and cursor of a text field, nil for other kinds.
    public var textBuffer: TextBuffer? {
        if case .text(let buffer) = value { return buffer }
        return nil
    }

    /// Whether the field is a choice (`‹ Public ›`), changed by enter, left and right.
    public var isChoice: Bool {
        if case .choice = value { return true }
        return false
    }

    /// The chosen option of a choice field, nil for other kinds.
    public var selectedOption: ChoiceOption? {
        guard case .choice(let options, let index) = value, options.indices.contains(index) else { return nil }
        return options[index]
    }
}
