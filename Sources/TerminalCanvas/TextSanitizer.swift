/// Makes untrusted text safe to draw: removes terminal escape sequences (CSI, OSC, DCS/APC/PM/SOS
/// strings and two-character ESC sequences, in their 7-bit and 8-bit forms), C0 and C1 controls, DEL,
/// bidi embedding/override/isolate controls and invisible characters that can spoof what is shown.
/// Line breaks and tabs become a single space. Joiners and variation selectors stay, so emoji survive.
public enum TextSanitizer {
    public static func sanitize(_ text: String) -> String {
        PlainText.isPlain(text) ? text : sanitizeScalars(text)
    }

    /// The general path, one code point at a time; `sanitize` skips it for plain text, which it keeps whole.
    static func sanitizeScalars(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var input = text.unicodeScalars[...]
        while let scalar = input.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(in: &input)
            case 0x9B:
                skipControlSequence(in: &input)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipControlString(in: &input, endsAtBell: scalar.value == 0x9D)
            case 0x09...0x0D, 0x85, 0x2028, 0x2029:
                appendSeparatorSpace(to: &output)
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            case _ where isInvisibleSpoofingCharacter(scalar.value):
                continue
            case 0xFE0F where !(output.last?.properties.isEmojiPresentation ?? false):
                // VS16 on a text-default base ("☀️"): terminals disagree on its width; keep the narrow form.
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// After an ESC: skips the rest of whichever sequence it introduces.
    private static func skipEscapeSequence(in input: inout Substring.UnicodeScalarView) {
        // Only a printable ASCII byte continues the sequence; a control (another ESC, say) is left for the caller.
        guard let introducer = input.first, (0x20...0x7E).contains(introducer.value) else { return }
        input.removeFirst()
        switch introducer {
        case "[":
            skipControlSequence(in: &input)
        case "]":
            skipControlString(in: &input, endsAtBell: true)
        case "P", "X", "^", "_":
            skipControlString(in: &input, endsAtBell: false)
        case " "..."/":
            // nF sequence: more intermediates, then one final byte (ESC ( B, ESC # 8…).
            while let next = input.first, (0x20...0x2F).contains(next.value) {
                input.removeFirst()
            }
            if let final = input.first, (0x30...0x7E).contains(final.value) {
                input.removeFirst()
            }
        default:
            // Two-character sequences (ESC 7, ESC c, ESC =…): the introducer was the final byte.
            break
        }
    }

    /// After CSI: parameter and intermediate bytes up to and including the final byte. Anything else ends
    /// the sequence early and is processed as ordinary input.
    private static func skipControlSequence(in input: inout Substring.UnicodeScalarView) {
        while let next = input.first {
            switch next.value {
            case 0x20...0x3F:
                input.removeFirst()
            case 0x40...0x7E:
                input.removeFirst()
                return
            default:
                return
            }
        }
    }

    /// After OSC, DCS, SOS, PM or APC: everything up to the string terminator (ESC \ or 8-bit ST), or BEL
    /// for OSC, which xterm also accepts. An unterminated string swallows the rest of the text.
    private static func skipControlString(in input: inout Substring.UnicodeScalarView, endsAtBell: Bool) {
        while let next = input.popFirst() {
            switch next.value {
            case 0x9C:
                return
            case 0x07 where endsAtBell:
                return
            case 0x1B where input.first == "\\":
                input.removeFirst()
                return
            default:
                continue
            }
        }
    }

    /// Stands in for a line break or tab, never doubling a space.
    private static func appendSeparatorSpace(to output: inout String.UnicodeScalarView) {
        if let last = output.last, last == " " {
            return
        }
        output.append(" ")
    }

    /// Bidi controls that reorder what follows, and invisible characters that hide or fake text.
    /// ZWJ, ZWNJ, variation selectors and tag characters are kept: emoji and scripts need them.
    private static func isInvisibleSpoofingCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x061C,            // Arabic letter mark
             0x00AD,            // soft hyphen
             0x115F, 0x1160,    // Hangul fillers
             0x180E,            // Mongolian vowel separator
             0x200B,            // zero width space
             0x200E, 0x200F,    // left-to-right and right-to-left marks
             0x202A...0x202E,   // embeddings and overrides
             0x2060...0x2064,   // word joiner, invisible operators
             0x2066...0x2069,   // isolates
             0x206A...0x206F,   // deprecated format controls
             0x3164, 0xFFA0,    // Hangul fillers
             0xFEFF,            // zero width no-break space (BOM)
             0xFFF9...0xFFFB:   // interlinear annotation
            return true
        default:
            return false
        }
    }
}
