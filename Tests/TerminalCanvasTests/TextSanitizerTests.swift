import Testing
import TerminalCanvas

@Suite("Sanitising untrusted text")
struct TextSanitizerTests {
    @Test("Plain text, unicode and emoji pass through untouched", arguments: ["Summer Recipes", "漢字 café", "👨‍👩‍👧 🇫🇷 😀", "e\u{301}", "فارسی\u{200C}ها"])
    func untouched(text: String) {
        #expect(TextSanitizer.sanitize(text) == text)
    }

    @Test(
        "CSI sequences are removed, 7-bit and 8-bit",
        arguments: [
            ("\u{1B}[31mred\u{1B}[0m", "red"), ("a\u{1B}[2Jb", "ab"), ("\u{1B}[?1049h\u{1B}[1;1Hx", "x"),
            ("\u{9B}31mred", "red"), ("a\u{1B}[38;2;255;0;0mb", "ab"), ("unterminated \u{1B}[12", "unterminated "),
        ]
    )
    func csi(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    @Test(
        "OSC strings are removed up to BEL or ST",
        arguments: [
            ("\u{1B}]0;evil title\u{7}ok", "ok"), ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
            ("\u{9D}52;c;Zm9v\u{9C}after", "after"), ("\u{1B}]2;never ends", ""),
        ]
    )
    func osc(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    @Test(
        "DCS, SOS, PM and APC strings are removed up to ST",
        arguments: [
            ("a\u{1B}P1$r0m\u{1B}\\b", "ab"), ("a\u{1B}Xsos\u{1B}\\b", "ab"), ("a\u{1B}^pm\u{1B}\\b", "ab"),
            ("a\u{1B}_apc\u{7}still apc\u{1B}\\b", "ab"), ("a\u{90}dcs\u{9C}b", "ab"),
        ]
    )
    func stringSequences(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    @Test(
        "Two-character and nF escape sequences are removed",
        arguments: [("a\u{1B}7b\u{1B}8c", "abc"), ("\u{1B}cx", "x"), ("a\u{1B}(Bb", "ab"), ("a\u{1B}#8b", "ab"), ("end\u{1B}", "end")]
    )
    func shortEscapes(input: String, expected: String) {
        #expect(TextSanitizer.sanitize(input) == expected)
    }

    @Test("Line breaks and tabs become one space; other C0 controls and DEL vanish")
    func c0() {
        #expect(TextSanitizer.sanitize("one\ntwo\r\nthree\tfour") == "one two three four")
        #expect(TextSanitizer.sanitize("a\u{0}b\u{7}c\u{8}d\u{7F}e") == "abcde")
        #expect(TextSanitizer.sanitize("para\n\n\nnext") == "para next")
        #expect(TextSanitizer.sanitize("word \n") == "word ")
    }

    @Test("C1 controls vanish (NEL reads as a line break)")
    func c1() {
        #expect(TextSanitizer.sanitize("a\u{80}b\u{8D}c\u{9A}d") == "abcd")
        #expect(TextSanitizer.sanitize("a\u{85}b") == "a b")
    }

    @Test(
        "Bidi controls and invisible spoofing characters are removed",
        arguments: [
            "\u{202E}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
            "\u{200E}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{00AD}",
        ]
    )
    func invisible(control: String) {
        #expect(TextSanitizer.sanitize("pay\(control)ment") == "payment")
    }

    @Test("A realistic hostile title is reduced to its visible text")
    func mixed() {
        let hostile = "\u{1B}]0;pwned\u{7}Grilled\u{202E}txt.exe\u{1B}[2J\r\nsalad\u{9B}1;31m 🥗\u{1B}P+q\u{1B}\\"
        #expect(TextSanitizer.sanitize(hostile) == "Grilledtxt.exe salad 🥗")
    }
}
