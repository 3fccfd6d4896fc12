import Testing
import TerminalCanvas

@Suite("Screen buffer")
struct ScreenBufferTests {
    let red = Style(foreground: .ansi(1))

    @Test("A new buffer is blank in its style")
    func blank() {
        let buffer = ScreenBuffer(size: Size(width: 3, height: 2), style: red)
        #expect(buffer[2, 1] == Cell(grapheme: " ", style: red))
        #expect(buffer.text() == "\n")
    }

    @Test("write places text, returns the columns used and styles every cell")
    func write() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        #expect(buffer.write("hey", x: 2, y: 0, style: red) == 3)
        #expect(buffer.text() == "  hey")
        #expect(buffer[3, 0] == Cell(grapheme: "e", style: red))
        #expect(buffer[5, 0].style == .plain)
    }

    @Test("write clips at the right edge and at maxWidth, without an ellipsis")
    func clipping() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 2))
        #expect(buffer.write("abcdefgh", x: 2, y: 0, style: .plain) == 4)
        #expect(buffer.write("abcdefgh", x: 0, y: 1, style: .plain, maxWidth: 3) == 3)
        #expect(buffer.text() == "  abcd\nabc")
    }

    @Test("Writes outside the buffer change nothing", arguments: [(0, -1), (0, 2), (6, 0), (-10, 0)])
    func outside(x: Int, y: Int) {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 2))
        buffer.write("abc", x: x, y: y, style: .plain)
        #expect(buffer == ScreenBuffer(size: Size(width: 6, height: 2)))
    }

    @Test("Text starting left of the buffer shows only its visible part")
    func leftClip() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        buffer.write("abcdef", x: -2, y: 0, style: .plain)
        #expect(buffer.text() == "cdef")
        buffer.write("漢字", x: -1, y: 0, style: .plain)
        #expect(buffer.text() == " 字f")
    }

    @Test("A wide character cut by both the left edge and maxWidth writes nothing, not the row above")
    func wideCutOnBothSides() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 2))
        buffer.write("abcd", x: 0, y: 0, style: .plain)
        #expect(buffer.write("ab漢", x: -3, y: 1, style: red, maxWidth: 3) == 3)
        #expect(buffer.text() == "abcd\n")
    }

    @Test("A wide character takes its cell and an empty right half")
    func wideCharacter() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 1))
        #expect(buffer.write("a漢b", x: 0, y: 0, style: red) == 4)
        #expect(buffer[1, 0] == Cell(grapheme: "漢", style: red))
        #expect(buffer[2, 0] == Cell(grapheme: "", style: red))
        #expect(buffer[3, 0].grapheme == "b")
        #expect(buffer.text() == "a漢b")
    }

    @Test("A wide character that does not fit at the edge becomes a space", arguments: [nil, 3] as [Int?])
    func wideAtEdge(maxWidth: Int?) {
        var buffer = ScreenBuffer(size: Size(width: 3, height: 1))
        buffer.write("xyz", x: 0, y: 0, style: .plain)
        #expect(buffer.write("a漢", x: 1, y: 0, style: red, maxWidth: maxWidth) == 2)
        #expect(buffer[2, 0] == Cell(grapheme: " ", style: red))
        #expect(buffer.text() == "xa")
    }

    @Test("Emoji sequences, flags and combining marks each fill one grapheme cell")
    func graphemes() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        #expect(buffer.write("👨‍👩‍👧🇫🇷e\u{301}", x: 0, y: 0, style: .plain) == 5)
        #expect(buffer[0, 0].grapheme == "👨‍👩‍👧")
        #expect(buffer[2, 0].grapheme == "🇫🇷")
        #expect(buffer[4, 0].grapheme == "e\u{301}")
    }

    @Test("write sanitises: escape sequences never reach the buffer")
    func sanitises() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 1))
        #expect(buffer.write("\u{1B}[31mok\u{202E}!\n", x: 0, y: 0, style: .plain) == 4)
        #expect(buffer.text() == "ok!")
    }

    @Test("Overwriting either half of a wide character blanks the other half")
    func overwriteHalves() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        buffer.write("漢字", x: 0, y: 0, style: .plain)
        buffer.write("x", x: 1, y: 0, style: .plain)
        #expect(buffer.text() == " x字")
        buffer.write("y", x: 2, y: 0, style: .plain)
        #expect(buffer.text() == " xy")
        #expect(buffer[3, 0].grapheme == " ")
    }

    @Test("fill blanks a clipped rectangle in a style; a wide character it cuts is blanked whole")
    func fill() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 3))
        buffer.write("漢字x", x: 0, y: 1, style: .plain)
        buffer.fill(Rect(x: 1, y: 1, width: 2, height: 5), style: red)
        #expect(buffer.text() == "\n    x\n")
        #expect(buffer[1, 2] == Cell(grapheme: " ", style: red))
        #expect(buffer[3, 2].style == .plain)
        #expect(buffer[0, 1].style == .plain)
    }

    @Test("Resizing keeps the top-left content and blanks a wide character cut by the new edge")
    func resize() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 2))
        buffer.write("a漢b", x: 0, y: 0, style: .plain)
        buffer.write("cd", x: 0, y: 1, style: .plain)
        buffer.size = Size(width: 2, height: 3)
        #expect(buffer.text() == "a\ncd\n")
    }

    @Test("The subscript reads blank and ignores writes outside the buffer")
    func subscriptBounds() {
        var buffer = ScreenBuffer(size: Size(width: 2, height: 2))
        buffer[5, 5] = Cell(grapheme: "x")
        #expect(buffer[5, 5] == .blank())
        #expect(buffer == ScreenBuffer(size: Size(width: 2, height: 2)))
    }

    @Test("text() trims trailing spaces per row and keeps every row")
    func text() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 3))
        buffer.write(" a ", x: 0, y: 1, style: .plain)
        #expect(buffer.text() == "\n a\n")
    }
}
