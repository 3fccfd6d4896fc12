@testable import TerminalCanvas
import Testing

/// The plain-text fast paths give what the general, grapheme-by-grapheme paths give.
@Suite("Plain text fast path")
struct PlainTextTests {
    static let plainScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { value in
        PlainText.isPlain(UInt32(value)) ? Unicode.Scalar(UInt32(value)) : nil
    }

    /// Pieces of text: plain (ASCII, box drawing, UI symbols, Latin) and not (wide, emoji, combining
    /// marks, joiners, controls, escape sequences, invisible characters, VS16 on a text-default base).
    static let pieces = [
        "a", "Z", "7", " ", "~", "Bench pin ", "─", "│", "┌", "┘", "▸", "●", "◆", "…", "›", "·", "⟳", "✗", "é", "ß", "€", "→",
        "⣿", "█", "漢", "字", "😀", "👍🏽", "🇫🇷", "👨‍👩‍👧", "e\u{301}", "\u{301}", "\u{200D}", "\u{FE0F}", "☀️", "▶", "◽",
        "\t", "\n", "\u{1B}[31m", "\u{1B}]0;title\u{07}", "\u{7F}", "\u{9B}", "\u{200B}", "\u{00AD}", "\u{202E}", "한",
    ]

    static func randomText(_ random: inout SplitMix64, plainOnly: Bool = false) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in
            if plainOnly || Bool.random(using: &random) {
                return String(plainScalars.randomElement(using: &random)!)
            }
            return pieces.randomElement(using: &random)!
        }.joined()
    }

    @Test("Every plain code point is a one-column grapheme of its own that the sanitiser keeps")
    func everyPlainScalar() {
        #expect(Self.plainScalars.count > 1000)
        for scalar in Self.plainScalars {
            let text = String(scalar)
            #expect(TextWidth.columns(of: Character(scalar)) == 1, "U+\(String(scalar.value, radix: 16))")
            #expect(TextSanitizer.sanitizeScalars(text) == text, "U+\(String(scalar.value, radix: 16))")
            #expect(("a" + text).count == 2, "U+\(String(scalar.value, radix: 16))")
            #expect((text + "a").count == 2, "U+\(String(scalar.value, radix: 16))")
            #expect((text + text).count == 2, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("The terminal draws a plain code point as one piece, as the curses fast path does")
    func cursesPieces() {
        for scalar in Self.plainScalars {
            let pieces = GraphemePieces.pieces(of: Character(scalar), width: 1, maxScalars: 5) { _ in 1 }
            #expect(pieces == [.init(scalars: [scalar], offset: 0)], "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("Width, sanitising and truncation agree with the general paths on random mixes")
    func textFunctions() {
        var random = SplitMix64(seed: 1)
        for _ in 0..<3000 {
            let text = Self.randomText(&random, plainOnly: Bool.random(using: &random))
            #expect(TextWidth.columns(of: text) == TextWidth.graphemeColumns(of: text), "\(text.debugDescription)")
            #expect(TextSanitizer.sanitize(text) == TextSanitizer.sanitizeScalars(text), "\(text.debugDescription)")
            let limit = Int.random(in: -1...(TextWidth.columns(of: text) + 2), using: &random)
            let ellipsis = ["…", "...", "", "漢"].randomElement(using: &random)!
            #expect(
                TextWidth.truncate(text, toColumns: limit, ellipsis: ellipsis)
                    == TextWidth.truncateGraphemes(text, toColumns: limit, ellipsis: ellipsis),
                "\(text.debugDescription) to \(limit) with \(ellipsis)"
            )
        }
    }

    @Test("Writing gives the same cells and width as the general path, over wide characters it cuts")
    func write() {
        var random = SplitMix64(seed: 2)
        for _ in 0..<2000 {
            var fast = Self.randomBuffer(&random)
            var general = fast
            let text = Self.randomText(&random, plainOnly: Bool.random(using: &random))
            let x = Int.random(in: -4...14, using: &random), y = Int.random(in: -1...3, using: &random)
            let maxWidth = Bool.random(using: &random) ? nil : Int.random(in: -1...10, using: &random)
            let style = Style(foreground: .ansi(UInt8.random(in: 0...2, using: &random)))
            let fastColumns = fast.write(text, x: x, y: y, style: style, maxWidth: maxWidth)
            let generalColumns = general.writeGraphemes(text, x: x, y: y, style: style, maxWidth: maxWidth)
            #expect(fastColumns == generalColumns, "\(text.debugDescription) at \(x), \(y) in \(String(describing: maxWidth))")
            #expect(fast == general, "\(text.debugDescription) at \(x), \(y) in \(String(describing: maxWidth))")
        }
    }

    @Test("A box gives the same cells as writing its edges as text")
    func box() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<2000 {
            var fast = Self.randomBuffer(&random)
            var general = fast
            let rect = Rect(
                x: Int.random(in: -3...10, using: &random), y: Int.random(in: -2...4, using: &random),
                width: Int.random(in: 0...14, using: &random), height: Int.random(in: 0...6, using: &random))
            let title = Bool.random(using: &random) ? Self.randomText(&random) : nil
            fast.drawBox(rect, style: .plain, title: title, titleStyle: Style(attributes: .bold))
            Self.drawBoxAsText(rect, title: title, on: &general)
            #expect(fast == general, "\(rect) \(title.debugDescription)")
        }
    }

    @Test("Frame diffs are the same as comparing cell by cell")
    func frameDiff() {
        var random = SplitMix64(seed: 4)
        for _ in 0..<2000 {
            let before = Self.randomBuffer(&random)
            var after = before
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                after.write(
                    Self.randomText(&random), x: Int.random(in: -2...12, using: &random), y: Int.random(in: 0...2, using: &random),
                    style: Style(foreground: .ansi(UInt8.random(in: 0...2, using: &random))))
            }
            let previous: ScreenBuffer? = switch Int.random(in: 0..<8, using: &random) {
            case 0: nil
            case 1: ScreenBuffer(size: Size(width: 5, height: 3))
            default: before
            }
            #expect(FrameDiff.runs(from: previous, to: after) == Self.cellByCellRuns(from: previous, to: after))
        }
    }

    /// A 12×3 buffer with a few random writes, wide characters among them.
    static func randomBuffer(_ random: inout SplitMix64) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3))
        for _ in 0..<Int.random(in: 0...4, using: &random) {
            buffer.writeGraphemes(
                randomText(&random), x: Int.random(in: -2...11, using: &random), y: Int.random(in: 0...2, using: &random),
                style: Style(foreground: .ansi(UInt8.random(in: 0...2, using: &random))))
        }
        return buffer
    }

    /// `drawBox` by the general path: each edge written as text.
    static func drawBoxAsText(_ rect: Rect, title: String?, on buffer: inout ScreenBuffer) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.writeGraphemes("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: .plain)
        buffer.writeGraphemes("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: .plain)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.writeGraphemes("│", x: rect.x, y: row, style: .plain)
            buffer.writeGraphemes("│", x: rect.maxX - 1, y: row, style: .plain)
        }
        if let title, rect.width - 5 > 0 {
            let shown = TextWidth.truncateGraphemes(TextSanitizer.sanitizeScalars(title), toColumns: rect.width - 5)
            if !shown.isEmpty {
                buffer.writeGraphemes(" " + shown + " ", x: rect.x + 1, y: rect.y, style: Style(attributes: .bold))
            }
        }
    }

    /// The diff computed one cell at a time through the public subscript.
    static func cellByCellRuns(from previous: ScreenBuffer?, to next: ScreenBuffer) -> [DrawRun] {
        let old = previous.flatMap { $0.size == next.size ? $0 : nil }
        var runs: [DrawRun] = []
        for y in 0..<next.size.height {
            var pending: DrawRun?
            var x = 0
            while x < next.size.width {
                let cell = next[x, y]
                let span = x + 1 < next.size.width && next[x + 1, y].isWideContinuation ? 2 : 1
                defer { x += span }
                let changed = old.map { old in (x..<(x + span)).contains { old[$0, y] != next[$0, y] } } ?? true
                guard changed, !cell.isWideContinuation else {
                    pending.map { runs.append($0) }
                    pending = nil
                    continue
                }
                if pending?.style == cell.style {
                    pending?.text += cell.grapheme
                } else {
                    pending.map { runs.append($0) }
                    pending = DrawRun(x: x, y: y, text: cell.grapheme, style: cell.style)
                }
            }
            pending.map { runs.append($0) }
        }
        return runs
    }
}

/// A small seeded generator, so a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D1_049B_133E_B111
        return z ^ (z >> 31)
    }
}
