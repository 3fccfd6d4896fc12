import Testing
import TerminalCanvas

@Suite("Frame diff")
struct FrameDiffTests {
    let size = Size(width: 8, height: 3)
    let red = Style(foreground: .ansi(1))

    func frame(_ draw: (inout ScreenBuffer) -> Void = { _ in }) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        draw(&buffer)
        return buffer
    }

    @Test("An identical frame gives no runs")
    func identical() {
        let screen = frame { $0.write("same 漢", x: 0, y: 1, style: red) }
        #expect(FrameDiff.runs(from: screen, to: screen).isEmpty)
    }

    @Test("One changed cell gives one run of one cell")
    func oneCell() {
        let before = frame { $0.write("abc", x: 0, y: 0, style: .plain) }
        let after = frame { $0.write("aXc", x: 0, y: 0, style: .plain) }
        #expect(FrameDiff.runs(from: before, to: after) == [DrawRun(x: 1, y: 0, text: "X", style: .plain)])
    }

    @Test("Adjacent changes in one style merge; a style change splits the run")
    func styles() {
        let before = frame()
        let after = frame {
            $0.write("ab", x: 2, y: 1, style: .plain)
            $0.write("cd", x: 4, y: 1, style: red)
        }
        #expect(FrameDiff.runs(from: before, to: after) == [
            DrawRun(x: 2, y: 1, text: "ab", style: .plain),
            DrawRun(x: 4, y: 1, text: "cd", style: red),
        ])
    }

    @Test("A change of style alone is redrawn")
    func styleOnly() {
        let before = frame { $0.write("ab", x: 0, y: 2, style: .plain) }
        let after = frame { $0.write("ab", x: 0, y: 2, style: red) }
        #expect(FrameDiff.runs(from: before, to: after) == [DrawRun(x: 0, y: 2, text: "ab", style: red)])
    }

    @Test("Changes on separate rows and separated by unchanged cells are separate runs, in order")
    func separated() {
        let before = frame()
        let after = frame {
            $0.write("x", x: 1, y: 0, style: .plain)
            $0.write("y", x: 5, y: 0, style: .plain)
            $0.write("z", x: 0, y: 2, style: .plain)
        }
        #expect(FrameDiff.runs(from: before, to: after).map { Point(x: $0.x, y: $0.y) } == [
            Point(x: 1, y: 0), Point(x: 5, y: 0), Point(x: 0, y: 2),
        ])
    }

    @Test("A wide character is redrawn whole when either half changed")
    func wide() {
        let before = frame { $0.write("漢", x: 2, y: 0, style: .plain) }
        var after = before
        after[3, 0].style = red
        #expect(FrameDiff.runs(from: before, to: after) == [DrawRun(x: 2, y: 0, text: "漢", style: .plain)])
        let replaced = frame { $0.write("字", x: 2, y: 0, style: .plain) }
        #expect(FrameDiff.runs(from: before, to: replaced) == [DrawRun(x: 2, y: 0, text: "字", style: .plain)])
    }

    @Test("No previous frame, or a different size, repaints every cell, one run per row and style")
    func fullRepaint() {
        let next = frame { $0.write("hi", x: 0, y: 0, style: red) }
        let expected = [
            DrawRun(x: 0, y: 0, text: "hi", style: red),
            DrawRun(x: 2, y: 0, text: "      ", style: .plain),
            DrawRun(x: 0, y: 1, text: "        ", style: .plain),
            DrawRun(x: 0, y: 2, text: "        ", style: .plain),
        ]
        #expect(FrameDiff.runs(from: nil, to: next) == expected)
        #expect(FrameDiff.runs(from: ScreenBuffer(size: Size(width: 3, height: 3)), to: next) == expected)
    }

    @Test("Applying the runs to the previous frame reproduces the next one")
    func replay() {
        let before = frame { $0.write("Boards 漢字 ok", x: 0, y: 0, style: .plain) }
        let after = frame {
            $0.write("Boards 字漢", x: 0, y: 0, style: .plain)
            $0.write("🇫🇷!", x: 1, y: 2, style: red)
        }
        var replayed = before
        for run in FrameDiff.runs(from: before, to: after) {
            replayed.write(run.text, x: run.x, y: run.y, style: run.style)
        }
        #expect(replayed == after)
    }
}

@Suite("Cells")
struct CellTests {
    @Test("A cell gives back the grapheme it was given, however long, and compares by it",
          arguments: ["", " ", "a", "é", "e\u{301}", "漢", "🍑", "123456789012345", "1234567890123456",
                      "👩‍👩‍👧‍👦", "🏳️‍🌈"])
    func roundTrip(grapheme: String) {
        let cell = Cell(grapheme: grapheme, style: .plain)
        #expect(cell.grapheme == grapheme)
        #expect(cell == Cell(grapheme: grapheme, style: .plain))
        #expect(cell != Cell(grapheme: grapheme + "x", style: .plain))
        #expect(cell.isWideContinuation == grapheme.isEmpty)
    }

    @Test("A changed long grapheme (more than 15 bytes) is drawn whole")
    func longGraphemes() {
        var before = ScreenBuffer(size: Size(width: 4, height: 1))
        before.write("👩‍👩‍👧‍👦", x: 0, y: 0, style: .plain)
        var after = ScreenBuffer(size: Size(width: 4, height: 1))
        after.write("👨‍👩‍👧‍👦", x: 0, y: 0, style: .plain)
        #expect(FrameDiff.runs(from: before, to: after) == [DrawRun(x: 0, y: 0, text: "👨‍👩‍👧‍👦", style: .plain)])
        #expect(FrameDiff.runs(from: after, to: after).isEmpty)
    }
}
