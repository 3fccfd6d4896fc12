import Testing
import TerminalCanvas

@Suite("Chart glyphs")
struct ChartGlyphsTests {
    @Test(
        "The glyph set follows the locale and the terminal",
        arguments: [
            (true, "xterm-256color", ChartGlyphs.braille),
            (true, "tmux-256color", .braille),
            (true, "vte-256color", .braille),
            (true, "linux", .blocks),
            (true, "vt100", .ascii),
            (true, "vt220", .ascii),
            (true, "dumb", .ascii),
            (true, nil, .ascii),
            (false, "xterm-256color", .ascii),
        ] as [(Bool, String?, ChartGlyphs)]
    )
    func chooser(isUTF8: Bool, term: String?, expected: ChartGlyphs) {
        #expect(ChartGlyphs.forTerminal(isUTF8: isUTF8, term: term) == expected)
    }

    @Test("In ASCII every chart draws nothing but printable ASCII")
    func asciiOnly() {
        let days = (1...30).map { ChartDay(year: 2026, month: 11, day: $0) }
        let values: [Double?] = (0..<30).map { (day: Int) -> Double? in
            day % 9 == 4 ? nil : Double((day * 37) % 11) * 120
        }
        let text = [
            ChartTestSupport.render(width: 50, height: 12) { rect, buffer in
                LineChart(
                    days: days,
                    series: [.init(name: "impressions", values: values), .init(name: "saves", values: values.reversed())],
                    fillsArea: true, glyphs: .ascii
                ).draw(in: rect, on: &buffer)
            },
            ChartTestSupport.render(width: 20, height: 3) { rect, buffer in
                Sparkline(values: values, glyphs: .ascii).draw(in: rect, on: &buffer)
            },
            ChartTestSupport.render(width: 30, height: 2) { rect, buffer in
                BarChart(bars: [.init(label: "a", value: 3, text: "3"), .init(label: "b", value: 7.3, text: "7.3")], glyphs: .ascii)
                    .draw(in: rect, on: &buffer)
            },
        ].joined(separator: "\n")
        #expect(text.unicodeScalars.allSatisfy { $0 == "\n" || (0x20...0x7E).contains($0.value) })
        #expect(text.contains("#") && text.contains("*") && text.contains("|") && text.contains("+"))
    }
}
