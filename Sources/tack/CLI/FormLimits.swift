import ArgumentParser
import TackCore

/// Checks values given on the command line with the rules of the UI's form for the same write (the
/// API's limits: lengths, URLs, colours, dates), naming the option that breaks one.
struct FormLimits {
    private var form: FormState
    private var options: [(FieldID, String)] = []

    init(_ form: FormState) {
        self.form = form
    }

    /// Puts `text` in the form's field `id`, to be checked as `option`; nil leaves the field out.
    mutating func set(_ id: FieldID, _ text: String?, as option: String) {
        guard let text, let index = form.fields.firstIndex(where: { $0.id == id }) else { return }
        form.fields[index].value = .text(TextBuffer(text))
        options.append((id, option))
    }

    /// Chooses the option `optionID` of the choice field `id` (the media kind, on which the source's rules depend).
    mutating func choose(_ id: FieldID, _ optionID: String) {
        guard case .choice(let choices, _)? = form[id]?.value, let index = choices.firstIndex(where: { $0.id == optionID })
        else { return }
        form.selectChoice(at: index, in: id)
    }

    /// Throws a usage error with the first broken rule's message, e.g. "--title is 120 characters: the limit is 100".
    func check() throws {
        for (id, option) in options {
            guard let field = form[id] else { continue }
            if let problem = form.rules(for: field).firstViolation(by: field.submittedText, label: option) {
                throw ValidationError(problem + ".")
            }
        }
    }

    /// Throws a usage error unless `id` is digits, as the API's ids are.
    static func checkID(_ id: String, _ name: String) throws {
        guard NumericID.matches(id) else { throw ValidationError("\(name) must be digits (an id), not '\(id)'.") }
    }
}
