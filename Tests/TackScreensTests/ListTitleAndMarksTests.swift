@testable import TackScreens
import PinterestAPI
import TackCore
import Testing
import TerminalCanvas

/// What a list pane's title says about its order and its filter, and how it gives way when narrow.
@Suite struct ListPaneSortTitleTests {
    private static let byCreated = ListPaneContent.SortTitle(TackCore.SortOrder<PinSortKey>(key: .createdAt, direction: .descending))
    private static let apiOrder = ListPaneContent.SortTitle(TackCore.SortOrder<PinSortKey>())

    private func content(subject: [String] = [], filter: String? = nil, sort: ListPaneContent.SortTitle?) -> ListPaneContent {
        ListPaneContent(
            title: "Pins", subject: subject, rows: [], matchingCount: 3, loadedCount: 64, emptyMessage: "", filter: filter, sort: sort)
    }

    @Test func theTitleNamesTheOrderTheDefaultIncluded() {
        #expect(ListPaneView.title(for: content(sort: Self.byCreated)) == "Pins (64) · by created ↓")
        #expect(ListPaneView.title(for: content(sort: Self.apiOrder)) == "Pins (64) · API order")
        #expect(ListPaneView.title(for: content(subject: ["Summer Recipes"], filter: "ta", sort: Self.apiOrder))
            == "Pins · Summer Recipes (3 of 64) / ta · API order")
    }

    @Test func aNarrowTitleNamesTheOrderShortlyAndLeavesTheDefaultUnsaid() {
        #expect(ListPaneView.title(for: content(sort: Self.byCreated), maxWidth: 21) == "Pins (64) · created ↓")
        #expect(ListPaneView.title(for: content(sort: Self.apiOrder), maxWidth: 20) == "Pins (64)")
        let subject = ["Summer Recipes", "Salads"]
        #expect(ListPaneView.title(for: content(subject: subject, sort: Self.apiOrder), maxWidth: 26) == "Pins · Summ… › Salads (64)")
        #expect(ListPaneView.title(for: content(subject: subject, sort: Self.byCreated), maxWidth: 26) == "Summer R… (64) · created ↓",
                "a chosen order outranks the title")
    }

    @Test func aKeptFilterStaysInViewWhenTheSubjectCannot() {
        let sections = ListPaneContent(
            title: "Sections", subject: ["Summer Recipes"], rows: [], matchingCount: 1, loadedCount: 3, emptyMessage: "",
            filter: "sal", sort: Self.apiOrder)
        #expect(ListPaneView.title(for: sections, maxWidth: 15) == "(1 of 3) / sal")
        #expect(ListPaneView.title(for: sections, maxWidth: 20) == "Summ… (1 of 3) / sal")
    }
}

/// Every list (boards, sections, pins, My pins, the account's lists) shows its kept filter and its
/// order in its title alike, and the status line offers the key that clears the filter.
@Suite struct KeptFilterTitleTests {
    private static let size = Size(width: 160, height: 50)

    private func titleLine(_ state: AppState) -> String {
        AppView.render(state, theme: Fixtures.theme).lines[1]
    }

    @Test func theBoardsSectionsAndPinsPanes() {
        var state = Fixtures.browsing(Self.size)
        state.boardsScreen.boards.filter = "sum"
        state.boardsScreen.sections.filter = "sal"
        state.boardsScreen.pins.filter = "peach"
        state.boardsScreen.pins.sort = SortOrder(key: .createdAt, direction: .descending)
        // The panes are narrow at 160 columns: the subject gives way first, the filter stays.
        let line = titleLine(state)
        #expect(line.contains("┌ Boards (1 of 6+) / sum ─"))
        #expect(line.contains("┌ Summe… (1 of 3) / sal ─"))
        #expect(line.contains("┌ Summer … (1 of 5) / peach · created ↓ ─"))
        state.terminalSize = Size(width: 80, height: 24)
        #expect(titleLine(state).contains("┌ (1 of 3) / sal ─"))
    }

    @Test func myPins() {
        var state = Fixtures.browsing(Self.size)
        state.screen = .myPins
        state.myPinsScreen.pins = Fixtures.pane(.myPins(.none), Fixtures.pins)
        state.myPinsScreen.pins.filter = "tart"
        #expect(titleLine(state).contains("My pins (2 of 5) / tart · API order"), "the peach salad's description says starter")
    }

    @Test func theAccountLists() {
        var state = Fixtures.browsing(Self.size)
        state.screen = .account
        state.accountScreen.section = .followers
        state.accountScreen.focus = .list
        state.accountScreen.followers = Fixtures.pane(
            .followers, [UserSummary(type: "user", username: "ana"), UserSummary(type: "user", username: "bo")])
        state.accountScreen.followers.filter = "an"
        state.accountScreen.followers.sort = SortOrder(key: .username, direction: .ascending)
        #expect(titleLine(state).contains("Followers (1 of 2) / an · by username ↑"))
    }

    @Test func theStatusLineOffersTheKeyThatClearsAKeptFilterAndNoLongerRepeatsTheSort() throws {
        var state = Fixtures.browsing(Self.size)
        state.boardsScreen.pins.sort = SortOrder(key: .title, direction: .ascending)
        let plain = try #require(AppView.render(state, theme: Fixtures.theme).lines.last)
        #expect(plain.hasPrefix(" enter view · esc back"))
        #expect(!plain.contains("sort:"), "the sort is in the title")
        state.boardsScreen.pins.filter = "peach"
        let filtered = try #require(AppView.render(state, theme: Fixtures.theme).lines.last)
        #expect(filtered.hasPrefix(" esc clear filter · enter view · n new"))
        #expect(!filtered.contains("esc back"))
        state.boardsScreen.focus = .detail
        let detail = try #require(AppView.render(state, theme: Fixtures.theme).lines.last)
        #expect(!detail.contains("clear filter"), "from the detail, back returns to the pins")
    }
}

/// A range being marked is drawn as it grows: "◆" at its anchor, "○" on the rest, in the `marking`
/// role, apart from the pins marked already ("●", `marked`).
@Suite struct MarkingRangeRowTests {
    @Test func theRangeRowsUseTheMarkingRoleAndTheirOwnGlyph() throws {
        var state = Fixtures.browsing(Size(width: 80, height: 24))
        let order = Fixtures.pins.map(\.id)
        var marks = PinMarks(ids: [order[0]])
        marks.startRange(at: order[1])
        marks.extendRange(to: order[3], in: order)
        state.marks = marks
        state.boardsScreen.pins.selectedID = order[3]
        let screen = AppView.render(state, theme: Fixtures.theme)
        let marked = try screen.position(of: "● Grilled peach salad")
        let anchor = try screen.position(of: "◆ Lemon tart")
        let inRange = try screen.position(of: "○ Watermelon")
        #expect(screen[marked.x + 2, marked.y].style == Fixtures.theme.style(.marked))
        #expect(screen[anchor.x + 2, anchor.y].style == Fixtures.theme.style(.marking))
        #expect(screen[inRange.x + 2, inRange.y].style == Fixtures.theme.style(.marking))
        #expect(screen.text().contains("▸○ Pin 9001"), "the selection is the range's other end")
    }
}
