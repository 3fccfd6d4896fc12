import Foundation
import PinterestAPI

extension Pin {
    /// How many words of the description stand in for a missing title.
    static let fallbackWordCount = 8

    /// What names the pin in a list, the detail pane and the pin view: its title, else the first words
    /// of its description, else its id.
    public var displayTitle: String {
        if let title = title.map(Self.trimmed), !title.isEmpty {
            return title
        }
        let words = (description ?? "").split(whereSeparator: \.isWhitespace)
        if !words.isEmpty {
            let shown = words.prefix(Self.fallbackWordCount).joined(separator: " ")
            return words.count > Self.fallbackWordCount ? shown + "…" : shown
        }
        return "Pin \(id)"
    }

    /// `text` without white space and line breaks at either end. Lists ask for every row in view on
    /// every frame: text that starts and ends in a visible character (most titles) is returned as it is,
    /// without Foundation's trimming.
    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last, isVisible(first), isVisible(last) {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
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
