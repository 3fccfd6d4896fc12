/// Display width in terminal columns, measured per grapheme cluster: East Asian wide and fullwidth
/// characters and emoji take 2 columns, combining marks and invisible format characters 0, the rest 1.
/// Independent of the C library locale.
public enum TextWidth {
    public static func columns(of text: String) -> Int {
        PlainText.columnCount(text) ?? graphemeColumns(of: text)
    }

    /// The general path, one grapheme at a time; `columns(of:)` skips it for plain text.
    static func graphemeColumns(of text: String) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    public static func columns(of character: Character) -> Int {
        if let ascii = character.asciiValue {
            return (0x20...0x7E).contains(ascii) ? 1 : 0
        }
        let scalars = character.unicodeScalars
        if isEmojiCluster(scalars) {
            return 2
        }
        // The first scalar that takes space decides; combining marks and joiners ride along with it.
        for scalar in scalars {
            let width = columns(of: scalar)
            if width > 0 {
                return width
            }
        }
        return 0
    }

    /// Cuts `text` to at most `toColumns` columns, ending in `ellipsis` when something was cut.
    /// Never splits a grapheme; a wide character that would straddle the limit is dropped whole.
    /// When even the ellipsis does not fit, as many graphemes as fit are kept without one.
    public static func truncate(_ text: String, toColumns limit: Int, ellipsis: String = "…") -> String {
        guard limit > 0 else { return "" }
        guard let count = PlainText.columnCount(text) else {
            return truncateGraphemes(text, toColumns: limit, ellipsis: ellipsis)
        }
        if count <= limit {
            return text
        }
        // One column per code point: the first ones fit.
        let ellipsisWidth = columns(of: ellipsis)
        let budget = ellipsisWidth <= limit ? limit - ellipsisWidth : limit
        let kept = String(text.unicodeScalars.prefix(budget))
        return ellipsisWidth <= limit ? kept + ellipsis : kept
    }

    /// The general path of `truncate`, one grapheme at a time.
    static func truncateGraphemes(_ text: String, toColumns limit: Int, ellipsis: String = "…") -> String {
        guard limit > 0 else { return "" }
        if graphemeColumns(of: text) <= limit {
            return text
        }
        let ellipsisWidth = columns(of: ellipsis)
        let budget = ellipsisWidth <= limit ? limit - ellipsisWidth : limit
        var kept = ""
        var used = 0
        for character in text {
            let width = columns(of: character)
            if used + width > budget {
                break
            }
            kept.append(character)
            used += width
        }
        return ellipsisWidth <= limit ? kept + ellipsis : kept
    }

    /// Truncates with an ellipsis, then pads with spaces, so the result is exactly `toColumns` wide.
    public static func pad(_ text: String, toColumns limit: Int) -> String {
        let truncated = truncate(text, toColumns: limit)
        let missing = max(0, limit) - columns(of: truncated)
        return missing > 0 ? truncated + String(repeating: " ", count: missing) : truncated
    }

    /// Emoji drawn as a picture: default emoji presentation (flags are pairs of such regional
    /// indicators), or a ZWJ sequence. A text-default emoji made a picture by VS16 ("☀️") or a keycap
    /// ("1️⃣") stays one column, as glibc's wcwidth, ncurses and tmux count it: terminals disagree on
    /// those, so the sanitiser drops such a VS16 and every terminal draws the narrow form.
    private static func isEmojiCluster(_ scalars: Character.UnicodeScalarView) -> Bool {
        guard let first = scalars.first else { return false }
        if first.properties.isEmojiPresentation {
            return true
        }
        guard first.properties.isEmoji else { return false }
        return scalars.dropFirst().contains(zeroWidthJoiner)
    }

    /// Width of a lone scalar: 0 for controls, marks and invisible formatting, 2 for East Asian wide, else 1.
    private static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) {
            return 0
        }
        if hangulJamoVowelsAndTrailingConsonants.contains(value) {
            return 0
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if scalar.properties.isEmojiPresentation || EastAsianWideRanges.contains(value) {
            return 2
        }
        return 1
    }

    private static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
    /// Conjoining Jamo that combine with a leading consonant into one wide syllable.
    private static let hangulJamoVowelsAndTrailingConsonants: ClosedRange<UInt32> = 0x1160...0x11FF
}
