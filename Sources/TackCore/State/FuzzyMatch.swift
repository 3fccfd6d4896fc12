/// How well a typed query matches a name, for the command palette: the query's letters in order,
/// case-insensitively (spaces in the query are ignored), ranked by where they fall.
public struct FuzzyMatch: Hashable, Sendable {
    /// Better kinds sort first.
    public enum Kind: Int, Hashable, Sendable {
        /// The name starts with the query ("new b" in "New board").
        case prefix
        /// The query's letters fall in runs that each start a word ("nb", "boa" in "New board").
        case wordStarts
        /// The query's letters appear in order, anywhere ("nwbd" in "New board").
        case subsequence
    }

    public let kind: Kind
    /// The offsets of the matched characters in the name, for highlighting.
    public let positions: [Int]

    /// The best match of `query` in `name`, or nil when its letters are not all there in order.
    /// An empty query matches everything, as a prefix.
    public init?(_ query: String, in name: String) {
        let text = Array(name.lowercased())
        let lowered = query.lowercased()
        if lowered.isEmpty || name.lowercased().hasPrefix(lowered) {
            kind = .prefix
            positions = Array(0..<lowered.count)
            return
        }
        let letters = Array(lowered.filter { !$0.isWhitespace })
        guard !letters.isEmpty else { return nil }
        if let runs = Self.wordStartRuns(of: letters[...], in: text, from: 0, after: nil) {
            kind = .wordStarts
            positions = runs
        } else if let spread = Self.subsequence(of: letters, in: text) {
            kind = .subsequence
            positions = spread
        } else {
            return nil
        }
    }

    /// Positions where every letter either starts a word or follows the letter matched before it;
    /// searched with backtracking (names are a line long, queries a few letters).
    private static func wordStartRuns(of letters: ArraySlice<Character>, in text: [Character], from start: Int, after previous: Int?) -> [Int]? {
        guard let letter = letters.first else { return [] }
        var index = start
        while index < text.count {
            let continuesRun = previous.map { index == $0 + 1 } ?? false
            if text[index] == letter, continuesRun || isWordStart(index, in: text),
               let rest = wordStartRuns(of: letters.dropFirst(), in: text, from: index + 1, after: index) {
                return [index] + rest
            }
            index += 1
        }
        return nil
    }

    private static func isWordStart(_ index: Int, in text: [Character]) -> Bool {
        index == 0 || !(text[index - 1].isLetter || text[index - 1].isNumber)
    }

    /// The first position of each letter in order, or nil when one is missing.
    private static func subsequence(of letters: [Character], in text: [Character]) -> [Int]? {
        var positions: [Int] = []
        var index = 0
        for letter in letters {
            while index < text.count, text[index] != letter { index += 1 }
            guard index < text.count else { return nil }
            positions.append(index)
            index += 1
        }
        return positions
    }
}
