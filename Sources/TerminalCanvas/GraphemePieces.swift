/// How a grapheme is handed to a terminal library that, like ncurses, holds one spacing code point per
/// cell (with a few combining marks) and measures each code point on its own with `wcwidth`.
///
/// A grapheme becomes its spacing parts, each with the zero-width code points after it. When the parts
/// add up to the grapheme's width (a flag's two regional indicators) they go side by side. Otherwise (an
/// emoji ZWJ sequence, a skin-tone modifier) only the first part is drawn, without zero-width joiners
/// and emoji variation selectors, and padded with spaces to the grapheme's width. A joiner sent without
/// what it joins makes terminals such as tmux fold the next character drawn into this cell, so the rest
/// of the row lands one column left of where the library thinks it is; a narrow first part (❤ of ❤️‍🔥)
/// would leave the library's second cell unwritten. Either way leftovers stayed after later frames.
public enum GraphemePieces {
    /// One spacing code point with its combining marks, drawn `offset` columns into the grapheme.
    public struct Piece: Hashable, Sendable {
        public var scalars: [Unicode.Scalar]
        public var offset: Int

        public init(scalars: [Unicode.Scalar], offset: Int) {
            self.scalars = scalars
            self.offset = offset
        }
    }

    /// The pieces to draw for `grapheme`, which the canvas gives `width` columns. `scalarWidth` is the
    /// library's width of one code point (wcwidth: negative when unprintable); a piece holds at most
    /// `maxScalars` code points, and an unprintable code point is drawn as U+FFFD.
    public static func pieces(
        of grapheme: Character, width: Int, maxScalars: Int, scalarWidth: (Unicode.Scalar) -> Int
    ) -> [Piece] {
        var parts: [(scalars: [Unicode.Scalar], width: Int)] = []
        for scalar in grapheme.unicodeScalars {
            let scalarColumns = scalarWidth(scalar)
            if parts.isEmpty || scalarColumns > 0 {
                parts.append(([scalarColumns < 0 ? "\u{FFFD}" : scalar], max(0, scalarColumns)))
            } else if parts[parts.count - 1].scalars.count < maxScalars {
                parts[parts.count - 1].scalars.append(scalar)
            }
        }
        if parts.reduce(0, { $0 + $1.width }) != width, var first = parts.first {
            first.scalars.removeAll { $0 == zeroWidthJoiner || $0 == emojiPresentationSelector }
            parts = [first] + Array(repeating: (scalars: [" "], width: 1), count: max(0, width - first.width))
        }
        var offset = 0
        return parts.map { part in
            defer { offset += part.width }
            return Piece(scalars: part.scalars, offset: offset)
        }
    }

    private static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
    private static let emojiPresentationSelector: Unicode.Scalar = "\u{FE0F}"
}
