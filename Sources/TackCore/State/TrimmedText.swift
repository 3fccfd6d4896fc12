import Foundation

/// Text without white space and line breaks at either end, as Foundation's `.whitespacesAndNewlines`
/// trims it. Views ask on every frame (a pin's title for each row in view, its fields for the detail
/// pane): text that starts and ends in a visible character, most of it, is answered without Foundation.
enum TrimmedText {
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last, isVisible(first), isVisible(last) {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// True when trimming leaves nothing.
    static func isBlank(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: isVisible) { return false }
        return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// Printable ASCII other than the space, or a letter, digit, punctuation or symbol: never trimmed.
    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x21...0x7E).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
