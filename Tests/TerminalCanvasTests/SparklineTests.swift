import Testing
import TerminalCanvas

@Suite("Sparklines")
struct SparklineTests {
    private func render(
        _ values: [Double?], maximum: Double? = nil, baseline: Sparkline.Baseline = .zero, glyphs: ChartGlyphs = .blocks,
        width: Int, height: Int = 1
    ) -> String {
        ChartTestSupport.render(width: width, height: height) { rect, buffer in
            Sparkline(values: values, maximum: maximum, baseline: baseline, glyphs: glyphs).draw(in: rect, on: &buffer)
        }
    }

    @Test("From the lowest value, a rate's small moves show; the lowest day is the first level, not blank")
    func lowestValueBaseline() {
        let rate: [Double?] = [2.7, 2.9, 2.82, nil, 2.75]
        #expect(render(rate, width: 5) == "▇██·█", "from zero the moves all but vanish")
        #expect(render(rate, baseline: .lowestValue, width: 5) == "▁█▅·▃")
        #expect(render([3, 3, 3], baseline: .lowestValue, width: 3) == "███", "a flat series stays a full bar")
        #expect(render([-2, 0, 2], baseline: .lowestValue, glyphs: .ascii, width: 3) == ".=#")
    }

    @Test("Values rise through the eighth blocks, or through .:-=+*# in ASCII; zero is blank")
    func levels() {
        #expect(render([0, 1, 2, 3, 4, 5, 6, 7, 8], width: 9) == " ▁▂▃▄▅▆▇█")
        #expect(render([0, 1, 2, 3, 4, 5, 6, 7], glyphs: .ascii, width: 8) == " .:-=+*#")
        #expect(render([0, 1, 2, 3, 4, 5, 6, 7, 8], glyphs: .braille, width: 9) == " ▁▂▃▄▅▆▇█")
    }

    @Test("No data is a distinct mark, never a zero")
    func noData() {
        #expect(render([1, nil, 2], width: 3) == "▄·█")
        #expect(render([1, nil, 2], glyphs: .ascii, width: 3) == "=?#")
        #expect(render([nil, nil], width: 2) == "··")
        #expect(render([0, 0], width: 2) == "")
    }

    @Test("The no-data mark takes its own style")
    func noDataStyle() {
        var buffer = ScreenBuffer(size: Size(width: 2, height: 1))
        let bar = Style(foreground: .ansi(2)), missing = Style(attributes: .dim)
        Sparkline(values: [nil, 3], glyphs: .blocks, style: bar, noDataStyle: missing)
            .draw(in: Rect(x: 0, y: 0, width: 2, height: 1), on: &buffer)
        #expect(buffer[0, 0] == Cell(grapheme: "·", style: missing))
        #expect(buffer[1, 0] == Cell(grapheme: "█", style: bar))
    }

    @Test("An all-zero series draws blank columns and a tiny value still shows")
    func zeroAndTiny() {
        #expect(render([0, 0, 0], width: 3) == "")
        #expect(render([1, 1000], width: 2) == "▁█")
        #expect(render([1, 1000], glyphs: .ascii, width: 2) == ".#")
    }

    @Test("Fewer values than columns align right; a single point sits at the right edge")
    func alignRight() {
        #expect(render([5], width: 4) == "   █")
        #expect(render([2, 4], width: 5) == "   ▄█")
    }

    @Test("More values than columns are resampled to the largest of each bucket; an empty bucket is no data")
    func resampling() {
        #expect(render([1, 8, 2, 2, nil, nil, 4, 0], width: 4) == "█▂·▄")
    }

    @Test("A given maximum scales the values and cuts larger ones")
    func givenMaximum() {
        #expect(render([5, 10, 20], maximum: 10, width: 3) == "▄██")
    }

    @Test("Negative values scale from the lowest one; huge and infinite values neither crash nor read as zero")
    func negativeAndHuge() {
        #expect(render([-4, 0, 4], width: 3) == " ▄█")
        #expect(render([1e300, .infinity, 5e14, .nan], width: 4) == "█·▄·")
    }

    @Test("Taller sparklines stack full cells under a partial one")
    func rows() {
        #expect(render([8, 4, 16, 11], width: 4, height: 2) == "  █▃\n█▄██")
        #expect(render([8, 4, 16, 11], glyphs: .ascii, width: 4, height: 2) == "  #-\n#=##")
    }

    @Test("A sparkline never draws outside its rect", arguments: ChartGlyphs.allCases)
    func staysInside(glyphs: ChartGlyphs) {
        let values: [Double?] = [3, nil, 0, 12, -2, 1e20, 7, nil, 5, 9, 1, 2]
        for width in 0...16 {
            for height in 0...4 {
                let rect = Rect(x: 2, y: 1, width: width, height: height)
                let changed = ChartTestSupport.cellsChangedOutside(rect, bufferSize: Size(width: 20, height: 7)) { rect, buffer in
                    Sparkline(values: values, glyphs: glyphs).draw(in: rect, on: &buffer)
                }
                #expect(changed.isEmpty, "\(width)x\(height)")
            }
        }
    }
}
