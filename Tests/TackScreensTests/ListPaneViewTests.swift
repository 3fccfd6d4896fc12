@testable import TackScreens
import PinterestAPI
import TackCore
import Testing
import TerminalCanvas

@Suite struct ListPaneViewTests {
    private func rows(_ count: Int) -> [ListRow] {
        (1...count).map { ListRow(text: "Item \($0)", trailing: "\($0)") }
    }

    private func render(_ content: ListPaneContent, size: Size = Size(width: 30, height: 8)) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        ListPaneView.draw(content, in: Rect(size: size), on: &buffer, theme: Fixtures.theme)
        return buffer
    }

    private func line(_ buffer: ScreenBuffer, _ row: Int) -> String {
        buffer.text().components(separatedBy: "\n")[row]
    }

    @Test func focusedSelectionUsesTheSelectionStyleAcrossTheRow() {
        let buffer = render(ListPaneContent(title: "Boards", rows: rows(3), loadedCount: 3, emptyMessage: "", selectedIndex: 1, isFocused: true))
        let selection = Fixtures.theme.style(.selection)
        #expect((1...28).allSatisfy { buffer[$0, 2].style == selection })
        #expect(buffer[1, 1].style != selection)
        #expect(line(buffer, 2).hasPrefix("│▸ Item 2"))
    }

    @Test func unfocusedSelectionUsesTheUnfocusedStyle() {
        let buffer = render(ListPaneContent(title: "Boards", rows: rows(3), loadedCount: 3, emptyMessage: "", selectedIndex: 0, isFocused: false))
        #expect(buffer[3, 1].style == Fixtures.theme.style(.selectionUnfocused))
        #expect(buffer[0, 0].style == Fixtures.theme.style(.border))
    }

    @Test func titleShowsCountMorePagesFilterAndLoading() {
        #expect(line(render(ListPaneContent(title: "Boards", rows: rows(12), loadedCount: 12, hasMore: true, emptyMessage: "")), 0)
            .hasPrefix("┌ Boards (12+) "))
        let filtered = ListPaneContent(title: "Pins", rows: rows(2), loadedCount: 9, isLoading: true, emptyMessage: "", filter: "ta")
        #expect(line(render(filtered, size: Size(width: 40, height: 6)), 0).hasPrefix("┌ Pins (2 of 9) / ta ⟳ "))
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        let buffer = render(ListPaneContent(title: "Pins", rows: rows(40), loadedCount: 40, emptyMessage: "", selectedIndex: 25, scrollOffset: 0))
        let text = buffer.text()
        #expect(text.contains("▸ Item 26"))
        #expect(!text.contains("Item 1 "))
        #expect(line(buffer, 7).contains("26/40"))
    }

    @Test(arguments: [
        (preferred: 0, selected: 3, rows: 10, visible: 5, expected: 0),
        (preferred: 0, selected: 7, rows: 10, visible: 5, expected: 3),
        (preferred: 6, selected: 2, rows: 10, visible: 5, expected: 2),
        (preferred: 9, selected: 9, rows: 10, visible: 5, expected: 5),
        (preferred: 4, selected: 1, rows: 3, visible: 5, expected: 0),
    ])
    func scrollOffset(preferred: Int, selected: Int, rows: Int, visible: Int, expected: Int) {
        #expect(ListPaneView.scrollOffset(preferred: preferred, selected: selected, rowCount: rows, visibleRows: visible) == expected)
    }

    @Test func errorRowNamesTheRetryKeyInTheErrorStyle() {
        let content = ListPaneContent(title: "Pins", rows: [], loadedCount: 0, errorMessage: "the board was busy", retryKey: "r", emptyMessage: "No pins")
        let buffer = render(content, size: Size(width: 40, height: 5))
        #expect(line(buffer, 1).contains("✗ the board was busy — r retry"))
        #expect(buffer[2, 1].style == Fixtures.theme.style(.error))
        #expect(!buffer.text().contains("No pins"))
    }

    @Test func emptyMessageIgnoresLeadingRows() {
        let content = ListPaneContent(title: "Sections", rows: [ListRow(text: "(all pins)", isSecondary: true)], loadedCount: 0, emptyMessage: "No sections")
        let buffer = render(content)
        #expect(line(buffer, 1).contains("(all pins)"))
        #expect(line(buffer, 2).contains("No sections"))
    }

    @Test func longNamesAreTruncatedWithAnEllipsisAndCountsStayAligned() {
        let content = ListPaneContent(
            title: "Boards", rows: [ListRow(text: "A very long board name that cannot fit", trailing: "48"), ListRow(text: "東京のラーメン屋さん巡り", trailing: "7")],
            loadedCount: 2, emptyMessage: ""
        )
        let buffer = render(content, size: Size(width: 24, height: 5))
        #expect(line(buffer, 1) == "│  A very long boar… 48│")
        #expect(line(buffer, 2) == "│  東京のラーメン屋…  7│")
    }
}

@Suite struct ListPaneTitleTests {
    @Test func theTitleNamesTheBoardAndShortensItBeforeTheCount() {
        let content = ListPaneContent(
            title: "Pins", subject: ["Summer Recipes", "Salads"], rows: [], loadedCount: 64, emptyMessage: "")
        #expect(ListPaneView.title(for: content) == "Pins · Summer Recipes › Salads (64)")
        #expect(ListPaneView.title(for: content, maxWidth: 26) == "Pins · Summ… › Salads (64)")
        #expect(ListPaneView.title(for: content, maxWidth: 20) == "Pins · Summer … (64)")
        #expect(ListPaneView.title(for: content, maxWidth: 16) == "Summer Rec… (64)", "too narrow for both")
    }
}

/// A pane passes the view only the rows that can be in view, and the view draws them exactly as it
/// would draw the whole list.
@Suite struct ListPaneWindowTests {
    private static func pane(_ count: Int, selected: Int, scrollOffset: Int) -> ListPane<Pin> {
        var pane = ListPane<Pin>(source: .boardPins(boardId: "b1"))
        pane.items = (1...count).map { Pin(id: "p\($0)", title: "Pin \($0)") }
        pane.selectedID = "p\(selected)"
        pane.scrollOffset = scrollOffset
        return pane
    }

    private static func content(_ pane: ListPane<Pin>, rowsInView: Int) -> ListPaneContent {
        ListPaneContent(
            pane: pane, title: "Pins", emptyMessage: "", rowsInView: rowsInView, isFocused: true, retryKey: nil,
            row: PinRow.row(for:)
        )
    }

    private static func render(_ content: ListPaneContent, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        ListPaneView.draw(content, in: Rect(size: size), on: &buffer, theme: Fixtures.theme)
        return buffer
    }

    @Test(arguments: [(1, 0), (17, 0), (150, 140), (150, 100), (299, 290), (300, 0)])
    func theWindowDrawsLikeTheWholeList(selected: Int, scrollOffset: Int) {
        let size = Size(width: 40, height: 12)
        let pane = Self.pane(300, selected: selected, scrollOffset: scrollOffset)
        let windowed = Self.content(pane, rowsInView: size.height - 2)
        var whole = windowed
        whole.rows = pane.visibleItems.map(PinRow.row(for:))
        whole.firstRow = 0
        #expect(windowed.rows.count <= 2 * (size.height - 2))
        #expect(Self.render(windowed, size: size).text() == Self.render(whole, size: size).text())
    }

    @Test func aHugeListPassesOnlyTheRowsAroundTheSelection() {
        let pane = Self.pane(100_000, selected: 60_000, scrollOffset: 59_990)
        let content = Self.content(pane, rowsInView: 40)
        #expect(content.rows.count == 80)
        #expect(content.rowCount == 100_000)
        #expect(content.selectedIndex == 59_999)
        let text = Self.render(content, size: Size(width: 40, height: 42)).text()
        #expect(text.contains("▸ Pin 60000"))
        #expect(text.contains("60000/100000"))
    }

    @Test func loadingEveryPageSaysHowFarItGot() {
        var content = ListPaneContent(title: "Pins", rows: [], loadedCount: 500, hasMore: true, isLoading: true, isLoadingAll: true, emptyMessage: "")
        #expect(ListPaneView.loadingText(for: content) == "⟳ loading 500…")
        content.expectedCount = 10_000
        #expect(ListPaneView.loadingText(for: content) == "⟳ loading 500 of about 10000")
        content.isLoadingAll = false
        #expect(ListPaneView.loadingText(for: content) == "⟳ loading…", "a page read ahead gets the plain notice")
    }
}

/// End on a partly loaded list: the pins pane says how far the load of every page got, out of the
/// board's pin count when the API gave one.
@Suite struct LoadingEveryPageTests {
    private static func loadingEveryPin(of source: ListSource) -> String {
        var state = Fixtures.browsing(Size(width: 120, height: 40))
        var board = Fixtures.summerRecipes
        board.pinCount = 10_000
        state.boardsScreen.chosenBoard = board
        if case .boardPins = source { state.boardsScreen.chosenSection = nil }
        state.boardsScreen.pins = Fixtures.pane(source, Fixtures.pins, bookmark: "next")
        _ = reduce(&state, .command(.goBottom))
        #expect(state.boardsScreen.pins.isLoadingAll)
        return AppView.render(state, theme: Fixtures.theme).text()
    }

    @Test func aBoardsPinsCountAgainstItsPinCount() {
        let text = Self.loadingEveryPin(of: .boardPins(boardId: Fixtures.summerRecipes.id))
        #expect(text.contains("⟳ loading \(Fixtures.pins.count) of about 10000"))
    }

    @Test func aSectionsPinsCountWithoutATotal() {
        let text = Self.loadingEveryPin(of: .sectionPins(boardId: Fixtures.summerRecipes.id, sectionId: Fixtures.salads.id))
        #expect(text.contains("⟳ loading \(Fixtures.pins.count)…"))
    }
}
