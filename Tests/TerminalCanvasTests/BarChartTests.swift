import Testing
import TerminalCanvas

@Suite("Bar charts")
struct BarChartTests {
    private let pins: [BarChart.Bar] = [
        .init(label: "Grilled peach salad", value: 1234, text: "1.23k"),
        .init(label: "Lemon tart", value: 400, text: "400"),
        .init(label: "Typography 🔤", value: 77, text: "77"),
    ]

    private func bar(_ value: Double, of maximum: Double, glyphs: ChartGlyphs = .blocks, width: Int) -> String {
        ChartTestSupport.render(width: width, height: 1) { rect, buffer in
            HorizontalBar(value: value, maximum: maximum, glyphs: glyphs).draw(in: rect, on: &buffer)
        }
    }

    @Test("A bar ends in an eighth block in UTF-8 and rounds to whole # cells in ASCII")
    func partialCells() {
        #expect(bar(1, of: 8, width: 1) == "▏")
        #expect(bar(3, of: 4, width: 2) == "█▌")
        #expect(bar(3, of: 4, glyphs: .braille, width: 2) == "█▌")
        #expect(bar(3, of: 4, glyphs: .ascii, width: 2) == "##")
        #expect(bar(3, of: 4, glyphs: .ascii, width: 8) == "######")
    }

    @Test("Zero and negative values draw nothing; a tiny value still shows; a value over the maximum fills the row")
    func edges() {
        #expect(bar(0, of: 10, width: 5) == "")
        #expect(bar(-3, of: 10, width: 5) == "")
        #expect(bar(5, of: 0, width: 5) == "")
        #expect(bar(0.001, of: 10, width: 5) == "▏")
        #expect(bar(0.001, of: 10, glyphs: .ascii, width: 5) == "#")
        #expect(bar(50, of: 10, width: 5) == "█████")
        #expect(bar(.infinity, of: 1e300, width: 3) == "███")
    }

    @Test("Each row shows its label, a bar scaled to the largest value and its text right-aligned")
    func rows() {
        let text = ChartTestSupport.render(width: 40, height: 3) { rect, buffer in
            BarChart(bars: pins, glyphs: .blocks).draw(in: rect, on: &buffer)
        }
        #expect(text == """
            Grilled peac… ████████████████████ 1.23k
            Lemon tart    ██████▌                400
            Typography 🔤 █▎                      77
            """)
        let ascii = ChartTestSupport.render(width: 40, height: 3) { rect, buffer in
            BarChart(bars: pins, glyphs: .ascii).draw(in: rect, on: &buffer)
        }
        #expect(ascii == """
            Grilled peac… #################### 1.23k
            Lemon tart    ######                 400
            Typography 🔤 #                       77
            """)
    }

    @Test("A given maximum scales every bar; rows beyond the rect are not drawn")
    func maximumAndOverflow() {
        let text = ChartTestSupport.render(width: 20, height: 2) { rect, buffer in
            BarChart(bars: pins, maximum: 2000, glyphs: .ascii).draw(in: rect, on: &buffer)
        }
        #expect(text == """
            Grill… ####    1.23k
            Lemon… #         400
            """)
    }

    @Test("The highlighted bar's row draws in the highlight style, the others in theirs")
    func highlight() {
        let styles = BarChart.Styles(
            label: Style(foreground: .ansi(7)), bar: Style(foreground: .ansi(4)),
            text: Style(attributes: .dim), highlight: Style(attributes: .reverse)
        )
        var buffer = ScreenBuffer(size: Size(width: 40, height: 3))
        BarChart(bars: pins, highlighted: 1, glyphs: .blocks, styles: styles)
            .draw(in: Rect(x: 0, y: 0, width: 40, height: 3), on: &buffer)
        #expect(buffer[0, 0].style == styles.label)
        #expect(buffer[14, 0].style == styles.bar)
        #expect(buffer[39, 0].style == styles.text)
        #expect(buffer[0, 1].style == styles.highlight)
        #expect(buffer[14, 1].style == styles.highlight)
        #expect(buffer[39, 1].style == styles.highlight)
    }

    @Test("Labels and texts from the API are sanitised")
    func sanitised() {
        let text = ChartTestSupport.render(width: 20, height: 1) { rect, buffer in
            BarChart(bars: [.init(label: "\u{1B}[31mPin\u{202E}", value: 1, text: "1\u{07}")], glyphs: .ascii)
                .draw(in: rect, on: &buffer)
        }
        #expect(text == "Pin ############## 1")
    }

    @Test("A bar chart never draws outside its rect", arguments: ChartGlyphs.allCases)
    func staysInside(glyphs: ChartGlyphs) {
        for width in 0...30 {
            for height in 0...5 {
                let rect = Rect(x: 3, y: 1, width: width, height: height)
                let changed = ChartTestSupport.cellsChangedOutside(rect, bufferSize: Size(width: 36, height: 8)) { rect, buffer in
                    BarChart(bars: pins, highlighted: 0, glyphs: glyphs).draw(in: rect, on: &buffer)
                }
                #expect(changed.isEmpty, "\(width)x\(height)")
            }
        }
    }
}
