import Testing
import TerminalCanvas

@Suite("Display width")
struct TextWidthTests {
    @Test("ASCII is one column per character", arguments: ["", "a", "Hello, world!", "~ 0123456789 ~"])
    func ascii(text: String) {
        #expect(TextWidth.columns(of: text) == text.count)
    }

    @Test(
        "East Asian wide and fullwidth characters take two columns",
        arguments: [
            ("漢字", 4), ("日本語", 6), ("한국어", 6), ("ひらがな", 8), ("カタカナ", 8), ("ＡＢＣ", 6), ("。", 2), ("𠀋", 2),
        ]
    )
    func wide(text: String, columns: Int) {
        #expect(TextWidth.columns(of: text) == columns)
    }

    @Test(
        "Emoji take two columns, including ZWJ sequences, flags and skin tones",
        arguments: [
            "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇫🇷", "🇯🇵", "🔤",
        ]
    )
    func emoji(text: String) {
        #expect(text.count == 1)
        #expect(TextWidth.columns(of: text) == 2)
    }

    @Test(
        "Symbols that are text by default stay one column, even with VS16 or as keycaps (as wcwidth counts them)",
        arguments: ["❤", "☺", "©", "™", "#", "→", "❤️", "☺️", "☀️", "1️⃣"]
    )
    func textPresentation(text: String) {
        #expect(TextWidth.columns(of: text) == 1)
    }

    @Test(
        "Combining marks and invisible joiners take no columns of their own",
        arguments: [
            ("e\u{301}", 1), ("a\u{308}\u{323}", 1), ("\u{301}", 0), ("\u{200D}", 0), ("\u{200C}", 0), ("\u{FE0F}", 0), ("\u{FE0E}", 0),
            ("\u{1100}\u{1161}\u{11A8}", 2), ("ab\u{200B}c", 3),
        ]
    )
    func zeroWidth(text: String, columns: Int) {
        #expect(TextWidth.columns(of: text) == columns)
    }

    @Test("Control characters take no columns")
    func controls() {
        #expect(TextWidth.columns(of: "\u{1B}\u{7}\u{9B}") == 0)
    }

    @Test("Mixed text adds up per grapheme")
    func mixed() {
        #expect(TextWidth.columns(of: "Typography 🔤 漢字 café") == 11 + 2 + 1 + 4 + 1 + 4)
    }

    @Test("Measuring a character agrees with measuring the string it forms")
    func characterAndString() {
        for character in "a漢😀🇫🇷e\u{301}" {
            #expect(TextWidth.columns(of: character) == TextWidth.columns(of: String(character)))
        }
    }
}

@Suite struct VariationSelectorSanitisingTests {
    @Test("VS16 after a text-default symbol is dropped, so every terminal draws the one-column form")
    func dropsVS16AfterTextDefaultBase() {
        #expect(TextSanitizer.sanitize("Long evenings ☀️") == "Long evenings ☀")
        #expect(TextSanitizer.sanitize("1️⃣") == "1\u{20E3}")
    }

    @Test("VS16 after an emoji-presentation base is kept; a ZWJ sequence stays two columns either way")
    func keepsVS16AfterEmojiBase() {
        #expect(TextSanitizer.sanitize("😀\u{FE0F}") == "😀\u{FE0F}")
        let rainbowFlag = TextSanitizer.sanitize("🏳️‍🌈")
        #expect(rainbowFlag == "🏳\u{200D}🌈")
        #expect(TextWidth.columns(of: rainbowFlag) == 2)
    }
}
