@testable import TackScreens
import Foundation
import PinterestAPI
@testable import TackCore
import Testing
import TerminalCanvas

@Suite struct DetailTests {
    private func render(_ content: DetailContent?, size: Size, scroll: Int = 0) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        DetailPaneView.draw(content, scroll: scroll, in: Rect(size: size), focused: false, on: &buffer, theme: Fixtures.theme)
        return buffer
    }

    @Test func swatchCellsHaveThePinsDominantColour() throws {
        let content = PinDetail.content(for: Fixtures.peachSalad, boardName: "Summer Recipes", sectionName: "Salads")
        let buffer = render(content, size: Size(width: 60, height: 30))
        let lines = buffer.text().components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains("███ #E8A26B") })
        let column = try #require(lines[row].firstIndex(of: "█")).utf16Offset(in: lines[row])
        let columnInCells = TextWidth.columns(of: String(lines[row].prefix(column)))
        #expect(buffer[columnInCells, row].style.foreground == .rgb(0xE8, 0xA2, 0x6B))
        #expect(buffer[columnInCells + 2, row].style.foreground == .rgb(0xE8, 0xA2, 0x6B))
        #expect(buffer[columnInCells + 4, row].style == Fixtures.theme.style(.text))
    }

    @Test func pinDetailResolvesNamesAndFormatsEveryField() {
        let text = render(PinDetail.content(for: Fixtures.peachSalad, boardName: "Summer Recipes", sectionName: "Salads"), size: Size(width: 90, height: 30)).text()
        for expected in [
            "Grilled peach salad", "link        https://example.com/recipes/grilled-peach-salad",
            "created     2026-06-02 14:03 UTC", "board       Summer Recipes", "section     Salads",
            "sizes       150x150 · 400x300 · 600x… · 1200x…", "media       image", "pin id      813744226373",
            "saved from  813744226001", "owner       @jules",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func unknownBoardAndSectionFallBackToTheirIds() {
        let content = PinDetail.content(for: Fixtures.peachSalad, boardName: nil, sectionName: nil)
        #expect(content.fields.contains(DetailField("board", .text(Fixtures.summerRecipes.id))))
        #expect(content.fields.contains(DetailField("section", .text(Fixtures.salads.id))))
    }

    @Test func absentFieldsTakeNoRoom() {
        let content = PinDetail.content(for: Pin(id: "9001"), boardName: nil, sectionName: nil)
        #expect(content.heading == "Pin 9001")
        #expect(content.fields == [DetailField("pin id", .text("9001"))])
    }

    @Test func boardDetailCountsSections() {
        let content = BoardDetail.content(for: Fixtures.summerRecipes, sectionCount: "3+")
        #expect(content.fields.contains(DetailField("sections", .text("3+"))))
        #expect(content.fields.contains(DetailField("privacy", .text("public"))))
        #expect(content.fields.contains(DetailField("followers", .text("1203"))))
    }

    @Test func fieldsFlowIntoColumnsWhenTheyDoNotFit() throws {
        let content = PinDetail.content(for: Fixtures.peachSalad, boardName: "Summer Recipes", sectionName: "Salads")
        let lines = render(content, size: Size(width: 120, height: 14)).text().components(separatedBy: "\n")
        #expect(lines[1].hasPrefix("│ Grilled peach salad"))
        let row = try #require(lines.first { $0.contains("pin id") })
        let label = try #require(row.range(of: "pin id"))
        let column = TextWidth.columns(of: String(row[..<label.lowerBound]))
        #expect(column > 40)
        #expect(!lines.contains { $0.hasPrefix("│ … ") })
    }

    @Test func overflowScrollsInOneColumnAndSaysHowMuchMoreThereIs() {
        let content = PinDetail.content(for: Fixtures.peachSalad, boardName: "Summer Recipes", sectionName: "Salads")
        let size = Size(width: 40, height: 6)
        let total = DetailLayout.blocks(content, width: 36).joined().count
        let top = render(content, size: size).text().components(separatedBy: "\n")
        #expect(top[1].hasPrefix("│ Grilled peach salad"))
        #expect(top[2].hasPrefix("│ link"))
        #expect(top[5].contains("↓ \(total - 4) more"), "four lines in view")
        #expect(!top[5].contains("above"))

        let scrolled = render(content, size: size, scroll: 3).text().components(separatedBy: "\n")
        #expect(scrolled[5].contains("↑ 3 above · ↓ \(total - 7) more"))
        let end = render(content, size: size, scroll: 1000).text().components(separatedBy: "\n")
        #expect(end[4].contains("pin id      813744226373"), "the scroll stops at the last line")
        #expect(end[5].contains("↑ \(total - 4) above") && !end[5].contains("more"))
    }

    @Test func aLongDescriptionWrapsInItsColumnInsteadOfRunningIntoTheNext() {
        var pin = Fixtures.peachSalad
        pin.description = String(repeating: "Charred peaches with burrata and basil. ", count: 12)
        let content = PinDetail.content(for: pin, boardName: "Summer Recipes", sectionName: "Salads")
        let lines = render(content, size: Size(width: 80, height: 11)).text().components(separatedBy: "\n")
        #expect(DetailLayout.arrange(content, in: Size(width: 76, height: 9)) == .scrolling(DetailLayout.blocks(content, width: 76).flatMap { $0 }))
        for line in lines.dropFirst().dropLast() {
            #expect(!line.dropFirst(2).contains("  description"), "one column: no field starts halfway across")
        }
    }

    @Test func nothingSelected() {
        #expect(render(nil, size: Size(width: 30, height: 4)).text().contains("Nothing selected"))
    }

    @Test func timestampsAreUTC() {
        #expect(DetailFormat.timestamp(Fixtures.date("2026-12-31T23:59:59Z")) == "2026-12-31 23:59 UTC")
        #expect(DetailFormat.timestamp(Fixtures.date("2026-01-02T03:04:00+05:00")) == "2026-01-01 22:04 UTC")
    }

    @Test(arguments: [
        ("#6E7874", Color?.some(.rgb(0x6E, 0x78, 0x74))), ("e8a26b", .some(.rgb(0xE8, 0xA2, 0x6B))),
        ("#6E787", nil), ("#GGGGGG", nil), ("", nil), ("#6E78741", nil),
    ])
    func hexColours(hex: String, expected: Color?) {
        #expect(DetailFormat.color(fromHex: hex) == expected)
    }

    @Test func unparseableColourIsShownAsText() {
        var pin = Pin(id: "1")
        pin.dominantColor = "teal"
        #expect(PinDetail.content(for: pin, boardName: nil, sectionName: nil).fields.contains(DetailField("colour", .text("teal"))))
    }

    @Test func imageSizesUseTheLabelWhenTheWidthIsUnknown() {
        let sizes: [(label: String, width: Int?, height: Int?, url: String?)] = [
            ("150x150", 150, 150, nil), ("600x", 600, nil, nil), ("originals", nil, nil, nil),
        ]
        #expect(DetailFormat.imageSizes(sizes) == "150x150 · 600x… · originals")
    }

    @Test func wrappingIsByDisplayWidth() {
        #expect(TextWrap.lines("grilled peach salad with basil", columns: 12) == ["grilled", "peach salad", "with basil"])
        #expect(TextWrap.lines("東京のラーメン", columns: 6) == ["東京の", "ラーメ", "ン"])
        #expect(TextWrap.lines("abcdefghij", columns: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("one\ntwo\u{1B}[31m", columns: 10) == ["one", "two"])
    }
}

@Suite struct DetailFlowTests {
    private func block(_ name: String, lines: Int) -> [DetailLine] {
        (1...lines).map { [DetailSpan("\(name)\($0)", .text)] }
    }

    private func names(_ columns: [[DetailLine]]) -> [[String]] {
        columns.map { $0.map { $0.map(\.text).joined() } }
    }

    @Test func aBlockThatDoesNotFitStartsTheNextColumn() {
        let columns = DetailLayout.flow([block("a", lines: 2), block("b", lines: 2)], height: 3)
        #expect(names(columns) == [["a1", "a2"], ["b1", "b2"]])
    }

    @Test func contentThatFitsWholeInColumnsIsNotScrolled() {
        let content = DetailContent(kind: "Board", heading: "Garden", fields: (1...8).map { DetailField("f\($0)", .text("v")) })
        let size = Size(width: 76, height: 5)
        guard case .columns(let columns, let width) = DetailLayout.arrange(content, in: size) else {
            Issue.record("nine short lines fit in two columns of five")
            return
        }
        #expect(width == 37)
        #expect(names(columns).map(\.count) == [5, 4])
        #expect(DetailLayout.lastScroll(content, in: size) == 0)
        #expect(DetailLayout.lastScroll(content, in: Size(width: 30, height: 5)) == 4, "one column of nine lines")
    }
}
