import Foundation

/// What a form field holds.
public enum FieldValue: Hashable, Sendable {
    /// Edited text.
    case text(TextBuffer)
    /// One of a fixed set of options, cycled in place or chosen in a picker (privacy, media kind).
    case choice(options: [ChoiceOption], selectedIndex: Int)
    /// A board or section chosen in a picker: its id (nil for none; a nil section means the board
    /// itself) and the label to show.
    case reference(id: String?, label: String)

    /// The value as it is sent and validated: trimmed text, the chosen option's id, the referenced
    /// id ("" for none).
    public var submittedText: String {
        switch self {
        case .text(let buffer): buffer.text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .choice(let options, let index): options.indices.contains(index) ? options[index].id : ""
        case .reference(let id, _): id ?? ""
        }
    }

    /// True when both hold the same content, whatever the cursor position.
    public func hasSameContent(as other: FieldValue) -> Bool {
        switch (self, other) {
        case (.text(let mine), .text(let theirs)): mine.text == theirs.text
        default: submittedText == other.submittedText
        }
    }
}
