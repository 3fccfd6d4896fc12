import TerminalCanvas
import Testing

@Suite("Handing graphemes to the terminal")
struct GraphemePiecesTests {
    /// glibc's wcwidth for the code points used here.
    static func wcwidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x300...0x36F, 0x200D, 0xFE0F: 0
        case 0x1F1E6...0x1F1FF: 1           // regional indicators: a flag is two of them
        case 0x1F300...0x1FAFF: 2
        default: 1
        }
    }

    static func pieces(_ grapheme: Character) -> [GraphemePieces.Piece] {
        GraphemePieces.pieces(of: grapheme, width: TextWidth.columns(of: grapheme), maxScalars: 5, scalarWidth: wcwidth)
    }

    @Test("A flag's regional indicators go side by side")
    func flag() {
        #expect(Self.pieces("🇫🇷") == [.init(scalars: ["\u{1F1EB}"], offset: 0), .init(scalars: ["\u{1F1F7}"], offset: 1)])
    }

    @Test("A ZWJ sequence is drawn as its first emoji, without the joiner that would swallow the next character")
    func zwjSequence() {
        #expect(Self.pieces("👩‍👩‍👧") == [.init(scalars: ["\u{1F469}"], offset: 0)])
        #expect(Self.pieces("❤️‍🔥") == [.init(scalars: ["\u{2764}"], offset: 0), .init(scalars: [" "], offset: 1)])
    }

    @Test("Combining marks stay with their character; ordinary characters are one piece")
    func plain() {
        #expect(Self.pieces("e\u{301}") == [.init(scalars: ["e", "\u{301}"], offset: 0)])
        #expect(Self.pieces("│") == [.init(scalars: ["│"], offset: 0)])
    }

    /// Frames with emoji rows, drawn as the app does (a full first frame, then only the diffs) on a
    /// model of tmux, end up as a full redraw of the frame on a fresh terminal, frame after frame, and
    /// that holds in every column what the canvas put there.
    @Test("Redrawing rows with ZWJ sequences and flags leaves no leftovers")
    func redraws() {
        let size = Size(width: 24, height: 3)
        let titles = ["👩‍👩‍👧 Family trip", "🇫🇷 Paris 🇯🇵", "❤️‍🔥 hot", "plain title", "👩‍👩‍👧🇫🇷👩‍👩‍👧 x"]
        var terminal = ModelTerminal(size: size)
        var previous: ScreenBuffer?
        for (index, title) in (titles + titles.reversed()).enumerated() {
            var frame = ScreenBuffer(size: size)
            frame.drawBox(Rect(x: 0, y: 0, width: size.width, height: size.height), style: .plain)
            frame.write(title, x: 1 + index % 3, y: 1, style: .plain, maxWidth: size.width - 2 - index % 3)
            for run in FrameDiff.runs(from: previous, to: frame) {
                terminal.draw(run)
            }
            #expect(terminal.rows == ModelTerminal(redrawing: frame).rows, "frame \(index) (\(title))")
            previous = frame
        }
    }
}

/// A terminal as tmux 3.3 behaves: it places each code point by its wcwidth, and a character drawn
/// right after a cell ending in a zero-width joiner joins that cell instead of taking its own (seen with
/// tmux 3.3a: after "👩", ZWJ, "│", "z" the cursor is in column 3, not 4).
/// Output is contiguous like ncurses': a piece that continues where the last ended is written at the
/// terminal's own cursor, whichever column that is.
private struct ModelTerminal {
    let size: Size
    private var cells: [[String]]
    private var cursor = Point(x: 0, y: 0)
    /// Where the drawing library believes the cursor is.
    private var libraryCursor = Point(x: -1, y: -1)

    init(size: Size) {
        self.size = size
        cells = Array(repeating: Array(repeating: " ", count: size.width), count: size.height)
    }

    mutating func draw(_ run: DrawRun) {
        var x = run.x
        for grapheme in run.text {
            let width = TextWidth.columns(of: grapheme)
            let pieces = GraphemePieces.pieces(of: grapheme, width: width, maxScalars: 5, scalarWidth: GraphemePiecesTests.wcwidth)
            for piece in pieces {
                write(piece.scalars, at: Point(x: x + piece.offset, y: run.y))
            }
            x += width
        }
    }

    private mutating func write(_ scalars: [Unicode.Scalar], at point: Point) {
        if point != libraryCursor {
            cursor = point
        }
        let text = String(String.UnicodeScalarView(scalars))
        let width = scalars.reduce(0) { $0 + GraphemePiecesTests.wcwidth($1) }
        libraryCursor = Point(x: point.x + width, y: point.y)
        // The cell before the cursor, stepping over the right half of a wide character.
        let before = cursor.x >= 2 && cells[cursor.y][cursor.x - 1].isEmpty ? cursor.x - 2 : cursor.x - 1
        if before >= 0, cells[cursor.y][before].unicodeScalars.last == "\u{200D}", text != " " {
            cells[cursor.y][before] += text
            return
        }
        guard cursor.x + width <= size.width else { return }
        // Overwriting either half of a wide character blanks the other half.
        if cells[cursor.y][cursor.x].isEmpty, cursor.x > 0 { cells[cursor.y][cursor.x - 1] = " " }
        if cursor.x + width < size.width, cells[cursor.y][cursor.x + width].isEmpty { cells[cursor.y][cursor.x + width] = " " }
        cells[cursor.y][cursor.x] = text
        if width == 2 { cells[cursor.y][cursor.x + 1] = "" }
        cursor.x += width
    }

    /// Every cell's text; "" for the right half of a wide character.
    var rows: [[String]] { cells }

    /// A fresh terminal showing `frame` drawn whole, checked against the canvas: each cell holds the
    /// grapheme's pieces where the canvas put the grapheme.
    init(redrawing frame: ScreenBuffer) {
        self.init(size: frame.size)
        for run in FrameDiff.runs(from: nil, to: frame) {
            draw(run)
        }
        for y in 0..<size.height {
            for x in 0..<size.width where !frame[x, y].isWideContinuation {
                let grapheme = Character(frame[x, y].grapheme)
                let pieces = GraphemePieces.pieces(
                    of: grapheme, width: TextWidth.columns(of: grapheme), maxScalars: 5, scalarWidth: GraphemePiecesTests.wcwidth)
                #expect(cells[y][x] == String(String.UnicodeScalarView(pieces[0].scalars)), "column \(x) of row \(y)")
            }
        }
    }
}
