import Testing
import TerminalCanvas

@Suite("Truncation and padding by columns")
struct TruncationTests {
    @Test("Text that fits is returned unchanged", arguments: [5, 6, 100])
    func fits(limit: Int) {
        #expect(TextWidth.truncate("hello", toColumns: limit) == "hello")
    }

    @Test("ASCII is cut with an ellipsis at every limit below its width")
    func everyBoundary() {
        let text = "abcdef"
        for limit in 1..<6 {
            let truncated = TextWidth.truncate(text, toColumns: limit)
            #expect(truncated == String(text.prefix(limit - 1)) + "…")
            #expect(TextWidth.columns(of: truncated) == limit)
        }
    }

    @Test("Zero or negative limits give an empty string", arguments: [0, -3])
    func nothing(limit: Int) {
        #expect(TextWidth.truncate("abc", toColumns: limit).isEmpty)
    }

    @Test(
        "A wide character is never split: the result comes out a column short rather than cut in half",
        arguments: [(1, "…"), (2, "…"), (3, "漢…"), (4, "漢…"), (5, "漢字…"), (6, "漢字…"), (7, "漢字漢…"), (8, "漢字漢字")]
    )
    func wideBoundaries(limit: Int, expected: String) {
        #expect(TextWidth.truncate("漢字漢字", toColumns: limit) == expected)
    }

    @Test("Graphemes stay whole: emoji sequences and combining marks are kept or dropped together")
    func graphemes() {
        #expect(TextWidth.truncate("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", toColumns: 3) == "👨‍👩‍👧‍👦…")
        #expect(TextWidth.truncate("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", toColumns: 2) == "…")
        #expect(TextWidth.truncate("e\u{301}e\u{301}e\u{301}", toColumns: 2) == "e\u{301}…")
        #expect(TextWidth.truncate("🇫🇷🇯🇵", toColumns: 3) == "🇫🇷…")
    }

    @Test("A custom ellipsis counts by its width; when it cannot fit, no ellipsis is added")
    func customEllipsis() {
        #expect(TextWidth.truncate("abcdef", toColumns: 5, ellipsis: "...") == "ab...")
        #expect(TextWidth.truncate("abcdef", toColumns: 2, ellipsis: "...") == "ab")
        #expect(TextWidth.truncate("abcdef", toColumns: 4, ellipsis: "") == "abcd")
    }

    @Test("pad makes the text exactly the requested width", arguments: [0, 1, 2, 3, 4, 5, 8, 12])
    func pad(limit: Int) {
        for text in ["", "abc", "漢字漢", "👍 ok", "e\u{301}t\u{E9}"] {
            #expect(TextWidth.columns(of: TextWidth.pad(text, toColumns: limit)) == limit)
        }
    }

    @Test("pad truncates with an ellipsis, then fills the half column a wide character left")
    func padWide() {
        #expect(TextWidth.pad("漢字漢字", toColumns: 4) == "漢… ")
        #expect(TextWidth.pad("ab", toColumns: 4) == "ab  ")
    }
}
