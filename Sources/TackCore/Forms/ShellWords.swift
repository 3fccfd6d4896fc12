/// Splits a field's text into words the way a shell does, so a list of file paths can hold a path
/// with spaces: words are separated by whitespace; 'single quotes' keep everything literally,
/// "double quotes" keep everything but `\"` and `\\`, and outside quotes a backslash keeps the next
/// character (`a\ b.jpg`). Quoted and unquoted parts next to each other make one word.
enum ShellWords {
    enum SplitError: Error, Hashable, Sendable, CustomStringConvertible {
        /// A quote (`'` or `"`) opened and never closed.
        case unclosedQuote(Character)

        var description: String {
            switch self {
            case .unclosedQuote(let quote): "a \(quote) quote is not closed"
            }
        }
    }

    static func split(_ text: String) -> Result<[String], SplitError> {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaping = false
        for character in text {
            if escaping {
                escaping = false
                if quote == "\"" && character != "\"" && character != "\\" { word.append("\\") }
                word.append(character)
                continue
            }
            switch (quote, character) {
            case ("'", "'"), ("\"", "\""):
                quote = nil
            case ("'", _):
                word.append(character)
            case (_, "\\"):
                escaping = true
                inWord = true
            case (nil, "'"), (nil, "\""):
                quote = character
                inWord = true
            case (nil, _) where character.isWhitespace:
                if inWord { words.append(word) }
                word = ""
                inWord = false
            default:
                word.append(character)
                inWord = true
            }
        }
        if let quote { return .failure(.unclosedQuote(quote)) }
        if escaping { word.append("\\") }
        if inWord { words.append(word) }
        return .success(words)
    }
}
