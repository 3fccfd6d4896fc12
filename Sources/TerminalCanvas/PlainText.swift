/// Text the canvas can handle one code point at a time: every code point is a grapheme of its own next to
/// any other such code point, one column wide, and kept as it is by `TextSanitizer`. Printable ASCII, Latin
/// letters, general punctuation, currency, letterlike symbols, arrows, mathematical operators, box drawing,
/// block elements, most geometric shapes, check marks and braille qualify; controls, combining marks,
/// joiners, variation selectors, emoji presentation and East Asian wide characters do not.
///
/// For such text `TextWidth`, `TextSanitizer` and `ScreenBuffer.write` skip grapheme breaking and Unicode
/// property look-ups; every other text takes the general path, which gives the same result.
public enum PlainText {
    /// How many code points (so characters, so columns) `text` has when it is plain; nil otherwise.
    public static func columnCount(_ text: String) -> Int? {
        // Read in place where the string is contiguous (every native string): a byte loop over a buffer
        // is several times faster than the UTF-8 view's iterator, and the views measure every word.
        switch text.utf8.withContiguousStorageIfAvailable(scanASCII) ?? scanASCII(text.utf8) {
        case .plain(let count): return count
        case .control: return nil
        case .beyondASCII: break
        }
        var count = 0
        for scalar in text.unicodeScalars {
            guard isPlain(scalar.value) else { return nil }
            count += 1
        }
        return count
    }

    private enum ASCIIScan {
        /// Printable ASCII only, this many characters.
        case plain(Int)
        /// An ASCII control character: not plain.
        case control
        /// A byte beyond ASCII before any control character: the general path decides.
        case beyondASCII
    }

    private static func scanASCII(_ bytes: some Sequence<UInt8>) -> ASCIIScan {
        var count = 0
        for byte in bytes {
            guard byte < 0x80 else { return .beyondASCII }
            guard byte >= 0x20, byte != 0x7F else { return .control }
            count += 1
        }
        return .plain(count)
    }

    public static func isPlain(_ text: String) -> Bool {
        columnCount(text) != nil
    }

    /// Whether one code point is plain (see the type's description).
    static func isPlain(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return value >= 0x20 && value != 0x7F
        }
        switch value {
        case 0x00A0...0x00AC,   // Latin-1 punctuation and symbols, without the soft hyphen
             0x00AE...0x02FF,   // Latin-1 letters, Latin Extended-A and B, IPA, spacing modifiers
             0x2010...0x2027,   // dashes, quotation marks, bullets, ellipsis
             0x2030...0x205E,   // per mille, primes, guillemets, more punctuation
             0x20A0...0x20C0,   // currency
             0x2100...0x214F,   // letterlike symbols
             0x2190...0x22FF,   // arrows, mathematical operators
             0x2500...0x25FC,   // box drawing, block elements, geometric shapes up to ◽ (emoji presentation)
             0x25FF,
             0x2713...0x2718,   // check marks and crosses
             0x27F0...0x27FF,   // supplemental arrows (⟳)
             0x2800...0x28FF:   // braille
            return true
        default:
            return false
        }
    }
}
