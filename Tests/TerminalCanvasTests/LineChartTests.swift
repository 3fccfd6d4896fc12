import Testing
import TerminalCanvas

@Suite("Line charts")
struct LineChartTests {
    private let week = (1...7).map { ChartDay(year: 2026, month: 6, day: $0) }
    private let saves: [Double?] = [120, 340, nil, 80, 0, 560, 410]

    private func render(_ chart: LineChart, width: Int, height: Int) -> String {
        ChartTestSupport.render(width: width, height: height) { rect, buffer in chart.draw(in: rect, on: &buffer) }
    }

    private func days(_ count: Int) -> [ChartDay] {
        (0..<count).map { ChartDay(year: 2026, month: 9 + $0 / 30, day: 1 + $0 % 30) }
    }

    @Test("ASCII: * points, | and - axes with + ticks, round value labels, a gap where a day has no data")
    func ascii() {
        let chart = LineChart(days: week, series: [.init(name: "saves", values: saves)], glyphs: .ascii)
        #expect(render(chart, width: 24, height: 8) == """
            600+                *
               |               * **
            400+   *           *   *
            200+ **           *
               |*         **  *
              0+            **
               ++---------+--------+
              Jun 1     Jun 4  Jun 7
            """)
    }

    @Test("Braille plots 2×4 dots a cell")
    func braille() {
        let chart = LineChart(days: week, series: [.init(name: "saves", values: saves)], glyphs: .braille)
        #expect(render(chart, width: 24, height: 8) == """
            600┤                ⢠⡀
               │               ⢀⠇⠈⠒⢄
            400┤   ⡠           ⡜
            200┤ ⢀⠎           ⢰⠁
               │⠔⠁           ⢀⠇
              0┤          ⠑⠢⢄⡜
               └┬─────────┬────────┬
              Jun 1     Jun 4  Jun 7
            """)
    }

    @Test("Half blocks plot 1×2 dots a cell")
    func halfBlocks() {
        let chart = LineChart(days: week, series: [.init(name: "saves", values: saves)], glyphs: .blocks)
        #expect(render(chart, width: 24, height: 8) == """
            600┤                ▄
               │               ▄▀▀▀▄
            400┤   ▄           █
            200┤  █           ▄▀
               │▄▀            █
              0┤          ▀▀▄█
               └┬─────────┬────────┬
              Jun 1     Jun 4  Jun 7
            """)
    }

    @Test("A rate chart labels percentages and fills the area under its line")
    func rateArea() {
        let chart = LineChart(
            days: week, series: [.init(name: "rate", values: [0.012, 0.027, 0.018, 0.03, 0.021, 0.0, 0.015])],
            valueFormat: .rate, fillsArea: true, glyphs: .ascii
        )
        #expect(render(chart, width: 24, height: 8) == """
            3%+   *      **
              |  *:**  **::**
            2%+ *::::**::::::*     *
            1%+*::::::::::::::*   *:
              |::::::::::::::::* *::
            0%+:::::::::::::::::*:::
              ++---------+---------+
             Jun 1     Jun 4   Jun 7
            """)
    }

    @Test("A single point sits in the middle over its date; an all-zero series lies on the zero line")
    func singlePointAndZero() {
        let one = LineChart(days: [week[0]], series: [.init(name: "x", values: [5])], glyphs: .ascii)
        #expect(render(one, width: 16, height: 6) == """
            5+      *
             |
             |
            0+
             +------+-------
                  Jun 1
            """)
        let zero = LineChart(days: week, series: [.init(name: "x", values: Array(repeating: 0, count: 7))], glyphs: .ascii)
        #expect(render(zero, width: 16, height: 6) == """
            1+
             |
             |
            0+**************
             ++------------+
            Jun 1      Jun 7
            """)
    }

    @Test("No data (or a value that is not a number) breaks the line: nothing is drawn between the days around a gap")
    func gap() {
        var buffer = ScreenBuffer(size: Size(width: 9, height: 1))
        LineChart(days: [], series: [.init(name: "x", values: [1, nil, nil, nil, 1])], glyphs: .ascii)
            .draw(in: Rect(x: 0, y: 0, width: 9, height: 1), on: &buffer)
        #expect(buffer.text() == "*       *")
        let notNumbers = LineChart(days: [], series: [.init(name: "x", values: [1, .nan, .infinity, -.infinity, 1])], glyphs: .ascii)
        #expect(render(notNumbers, width: 9, height: 1) == "*       *")
    }

    @Test("Several series get a legend, each mark in its series's style; ASCII marks tell them apart")
    func legend() {
        let red = Style(foreground: .ansi(1)), blue = Style(foreground: .ansi(4))
        let chart = LineChart(
            days: week,
            series: [.init(name: "a", values: [-300, 1234, 600, nil, 200, 900, 100], style: red),
                     .init(name: "b", values: [10, 20, 30, 40, 50, 60, 70], style: blue)],
            glyphs: .ascii
        )
        var buffer = ScreenBuffer(size: Size(width: 30, height: 10))
        chart.draw(in: Rect(x: 0, y: 0, width: 30, height: 10), on: &buffer)
        #expect(buffer.text() == """
            * a  o b
             2k+
               |
             1k+    **              **
               |  **  ***         **  **
              0+oooooooooooooooooooooooooo
               |*
            -1k+
               ++-------+--------+-------+
              Jun 1   Jun 3    Jun 5 Jun 7
            """)
        #expect(buffer[0, 0].style == red)
        #expect(buffer[5, 0].style == blue)
        #expect(buffer[4, 5].style == blue)
        #expect(buffer[4, 6].style == red)
        let short = render(chart, width: 30, height: 3)
        #expect(!short.contains("a  o b"))
    }

    @Test("Without colour, braille and half-block series after the first are dotted ever more sparsely, as the legend shows, however dense the days")
    func dottedSeries() {
        let chart = LineChart(
            days: [],
            series: [.init(name: "a", values: Array(repeating: 10, count: 90)),
                     .init(name: "b", values: Array(repeating: 0, count: 90)),
                     .init(name: "c", values: Array(repeating: 5, count: 90))],
            glyphs: .blocks
        )
        #expect(render(chart, width: 16, height: 4) == """
            ── a  ┄┄ b  ┈┈ c
            ▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀
            ▀  ▀  ▀  ▀  ▀  ▀
            ▄ ▄ ▄ ▄ ▄ ▄ ▄ ▄
            """)
    }

    @Test("Date labels never overlap and sit on their ticks", arguments: [20, 40, 80], [7, 30, 90])
    func dateLabels(width: Int, dayCount: Int) throws {
        for glyphs in ChartGlyphs.allCases {
            let values: [Double?] = (0..<dayCount).map { (day: Int) -> Double? in Double((day * 7) % 13) * 1000 }
            let chart = LineChart(days: days(dayCount), series: [.init(name: "x", values: values)], glyphs: glyphs)
            let rows = render(chart, width: width, height: 10).split(separator: "\n", omittingEmptySubsequences: false)
            let labelRow = Array(rows[9]), axisRow = Array(rows[8])
            let labels = String(labelRow).matches(of: /[A-Z][a-z]{2} \d{1,2}/)
            #expect(labels.count >= 2, "\(glyphs) \(width) \(dayCount)")
            var previousEnd = -1
            for label in labels {
                let start = String(labelRow).distance(from: String(labelRow).startIndex, to: label.range.lowerBound)
                let end = start + label.output.count
                #expect(start > previousEnd, "labels touch at \(width) columns, \(dayCount) days")
                #expect(axisRow[start..<end].contains { $0 == "┬" || $0 == "+" }, "a label without its tick")
                previousEnd = end
            }
            let unlabelled = String(labelRow).replacing(/[A-Z][a-z]{2} \d{1,2}/, with: "")
            #expect(unlabelled.allSatisfy { $0 == " " }, "a cut label: \(String(labelRow))")
        }
    }

    @Test("Tick labels read from zero at the bottom to the top of the axis, one a row", arguments: 4...30)
    func tickLabels(height: Int) {
        let chart = LineChart(days: week, series: [.init(name: "x", values: [0, 1234, 80, 300, 1000, 20, 7])], glyphs: .braille)
        let rows = render(chart, width: 30, height: height).split(separator: "\n", omittingEmptySubsequences: false)
        let labels = rows.prefix(height - 2).compactMap { row -> String? in
            guard let tick = row.firstIndex(of: "┤") else { return nil }
            return row[..<tick].trimmingPrefix(while: { $0 == " " }).description
        }
        #expect(labels.last == "0")
        #expect(labels.count >= 2)
        #expect(Set(labels).count == labels.count)
    }

    @Test("A line chart never draws outside its rect, down to nothing", arguments: ChartGlyphs.allCases)
    func staysInside(glyphs: ChartGlyphs) {
        let chart = LineChart(
            days: days(30),
            series: [.init(name: "impressions", values: (0..<30).map { (day: Int) -> Double? in
                        day % 7 == 3 ? nil : Double(day * day) - 50
                     }),
                     .init(name: "saves 🔖", values: (0..<30).map { (day: Int) -> Double? in
                        day == 5 ? 1e300 : Double(day)
                     })],
            fillsArea: true, glyphs: glyphs
        )
        for width in 0...40 {
            for height in 0...12 {
                let rect = Rect(x: 2, y: 1, width: width, height: height)
                let changed = ChartTestSupport.cellsChangedOutside(rect, bufferSize: Size(width: 44, height: 14)) { rect, buffer in
                    chart.draw(in: rect, on: &buffer)
                }
                #expect(changed.isEmpty, "\(width)x\(height)")
            }
        }
    }
}
