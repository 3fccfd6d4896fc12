import Testing
import TerminalCanvas

@Suite("Boxes")
struct DrawBoxTests {
    @Test("A box draws a light border and leaves its inside alone")
    func border() {
        var buffer = ScreenBuffer(size: Size(width: 6, height: 4))
        buffer.write("in", x: 2, y: 1, style: .plain)
        buffer.drawBox(Rect(x: 0, y: 0, width: 6, height: 4), style: .plain)
        #expect(buffer.text() == """
            ┌────┐
            │ in │
            │    │
            └────┘
            """)
    }

    @Test("The title sits on the top edge in its own style")
    func title() {
        var buffer = ScreenBuffer(size: Size(width: 16, height: 3))
        let bold = Style(attributes: .bold)
        buffer.drawBox(Rect(x: 0, y: 0, width: 16, height: 3), style: .plain, title: "Boards (12)", titleStyle: bold)
        #expect(buffer.text() == """
            ┌ Boards (12) ─┐
            │              │
            └──────────────┘
            """)
        #expect(buffer[2, 0].style == bold)
        #expect(buffer[14, 0].style == .plain)
    }

    @Test("A long or wide title is truncated with an ellipsis, keeping a line before the corner")
    func longTitle() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        buffer.drawBox(Rect(x: 0, y: 0, width: 10, height: 2), style: .plain, title: "Typography 🔤")
        #expect(buffer.text() == "┌ Typo… ─┐\n└────────┘")
        buffer.drawBox(Rect(x: 0, y: 0, width: 10, height: 2), style: .plain, title: "漢字漢字漢字")
        #expect(buffer.text() == "┌ 漢字… ─┐\n└────────┘")
    }

    @Test("Titles are sanitised")
    func sanitisedTitle() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 2))
        buffer.drawBox(Rect(x: 0, y: 0, width: 12, height: 2), style: .plain, title: "\u{1B}[31mPins\u{202E}")
        #expect(buffer.text() == "┌ Pins ────┐\n└──────────┘")
    }

    @Test("Boxes too small for a border draw nothing; boxes too narrow for a title draw only the border")
    func small() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 3))
        buffer.drawBox(Rect(x: 0, y: 0, width: 1, height: 3), style: .plain, title: "x")
        #expect(buffer.text() == "\n\n")
        buffer.drawBox(Rect(x: 0, y: 0, width: 5, height: 2), style: .plain, title: "Pins")
        #expect(buffer.text() == "┌───┐\n└───┘\n")
    }

    @Test("A box partly outside the buffer is clipped")
    func clipped() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 2))
        buffer.drawBox(Rect(x: 1, y: 0, width: 6, height: 4), style: .plain)
        #expect(buffer.text() == " ┌──\n │")
    }
}
