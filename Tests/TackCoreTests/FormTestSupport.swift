import PinterestAPI
import TackCore

/// Builders for the form tests.
enum FormFixture {
    static let board = Board(id: "100", name: "Summer Recipes", description: "Things to cook", privacy: .public)
    static let otherBoard = Board(id: "200", name: "Garden ideas")
    static let section = BoardSection(id: "110", name: "Salads")
    static let pin = Pin(id: "555", link: "https://example.com/peach", title: "Grilled peach salad",
                         description: "Sweet and smoky", altText: "A plate of peaches")
}

extension FormState {
    /// Focuses the field and replaces its whole text, as a user selecting and typing would.
    mutating func type(_ text: String, into id: FieldID) {
        focus(id)
        while case .text(let buffer) = focusedField?.value, !buffer.isEmpty {
            editFocusedText(.moveToLineEnd)
            editFocusedText(.deleteToLineStart)
            editFocusedText(.deleteBackward)
        }
        editFocusedText(.insert(text))
    }

    mutating func focus(_ id: FieldID) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        focusedFieldIndex = index
    }

    func text(of id: FieldID) -> String? { self[id]?.textBuffer?.text }
}
