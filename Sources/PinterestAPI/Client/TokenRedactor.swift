import Foundation

/// Removes an access token from text that came from outside the client (a server's message, a
/// transport's error description) before it is shown or logged.
///
/// Redacted are the header value `Bearer <token>`, whatever follows it, and every other occurrence
/// of the token that stands as a word of its own: not where a letter, digit, `_` or `-` touches it,
/// so the token `x` leaves "sandbox" alone. A token of `anywhereLength` characters or more cannot be
/// a piece of prose, so it is redacted wherever it occurs, inside other words too. The token's
/// percent-encoded form, when it has one, is redacted alike.
struct TokenRedactor: Sendable {
    static let replacement = "<redacted>"
    /// Tokens at least this long are redacted even inside longer words.
    static let anywhereLength = 16

    private struct Pattern: Sendable {
        var text: String
        var replacement: String
        var needsWordBoundaries: Bool
        var ignoresCase = false
    }

    private let patterns: [Pattern]

    init(token: String) {
        guard !token.isEmpty else {
            patterns = []
            return
        }
        let needsWordBoundaries = token.count < Self.anywhereLength
        var patterns = [
            Pattern(
                text: "Bearer \(token)", replacement: "Bearer \(Self.replacement)", needsWordBoundaries: false,
                ignoresCase: true),
            Pattern(text: token, replacement: Self.replacement, needsWordBoundaries: needsWordBoundaries),
        ]
        if let encoded = token.addingPercentEncoding(withAllowedCharacters: .alphanumerics), encoded != token {
            patterns.append(Pattern(text: encoded, replacement: Self.replacement, needsWordBoundaries: needsWordBoundaries))
        }
        self.patterns = patterns
    }

    func redact(_ text: String) -> String {
        patterns.reduce(text) { text, pattern in Self.replace(pattern, in: text) }
    }

    /// `error` with the token removed from all its text.
    func redact(_ error: PinterestError) -> PinterestError {
        var error = error
        error.message = redact(error.message)
        error.documentedMeaning = error.documentedMeaning.map(redact)
        error.technicalDetail = error.technicalDetail.map(redact)
        return error
    }

    private static func replace(_ pattern: Pattern, in text: String) -> String {
        var result = ""
        var searchStart = text.startIndex
        let options: String.CompareOptions = pattern.ignoresCase ? .caseInsensitive : []
        while let found = text.range(of: pattern.text, options: options, range: searchStart..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let standsAlone = !isWordCharacter(before) && !isWordCharacter(after)
            result += text[searchStart..<found.lowerBound]
            result += !pattern.needsWordBoundaries || standsAlone ? pattern.replacement : String(text[found])
            searchStart = found.upperBound
        }
        return result + text[searchStart...]
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "_" || character == "-"
    }
}

extension ClientConfiguration {
    /// `text` without this configuration's token, as the client's own errors are: for logging text
    /// the client did not produce.
    public func redactingToken(in text: String) -> String {
        TokenRedactor(token: accessToken).redact(text)
    }
}
