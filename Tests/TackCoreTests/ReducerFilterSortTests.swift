import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: filtering")
struct ReducerFilterTests {
    private static let boards = [
        Fixture.board(1, name: "Summer Recipes"), Fixture.board(2, name: "Garden ideas"),
        Fixture.board(3, name: "Peach desserts"), Fixture.board(4, name: "Typography"),
    ]

    private func typing(_ text: String, into state: inout AppState) {
        for character in text { send(&state, Fixture.key(character)) }
    }

    @Test func slashStartsFilteringAndTypedCharactersFilterCaseInsensitively() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, Fixture.key("/"))
        #expect(state.boardsScreen.boards.isEditingFilter)
        #expect(state.isEditingFilter)
        typing("PEA", into: &state)
        #expect(state.boardsScreen.boards.filter == "PEA")
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b3"])
        #expect(state.boardsScreen.boards.selectedID == "b3")
    }

    @Test func keysBoundElsewhereAreTypedWhileFiltering() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, Fixture.key("/"))
        typing("jq?", into: &state)
        #expect(state.boardsScreen.boards.filter == "jq?")
        #expect(!state.shouldQuit)
        #expect(!state.help.isOpen)
    }

    @Test func modifiedKeysAreNotTyped() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, Fixture.key("/"), Fixture.key("x", [.ctrl]), Fixture.key("y", [.alt]))
        #expect(state.boardsScreen.boards.filter == "")
    }

    @Test func backspaceDeletesTheLastCharacterAndWidensTheMatch() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, Fixture.key("/"))
        typing("gx", into: &state)
        #expect(state.boardsScreen.boards.visibleItems.isEmpty)
        #expect(state.boardsScreen.boards.selectedID == nil)
        send(&state, Fixture.key(.backspace))
        #expect(state.boardsScreen.boards.filter == "g")
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b2", "b4"])
        #expect(state.boardsScreen.boards.selectedID == "b2")
        send(&state, Fixture.key(.backspace), Fixture.key(.backspace))
        #expect(state.boardsScreen.boards.filter == "")
    }

    @Test func enterKeepsTheFilterAndReturnsToNavigation() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, Fixture.key("/"))
        typing("e", into: &state)
        send(&state, Fixture.key(.enter))
        #expect(!state.boardsScreen.boards.isEditingFilter)
        #expect(state.boardsScreen.boards.filter == "e")
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b1", "b2", "b3"])
        send(&state, Fixture.key("j"))
        #expect(state.boardsScreen.boards.selectedID == "b2")
    }

    @Test func escapeClearsTheFilter() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, Fixture.key("/"))
        typing("typo", into: &state)
        send(&state, Fixture.key(.escape))
        #expect(!state.boardsScreen.boards.isEditingFilter)
        #expect(state.boardsScreen.boards.filter == "")
        #expect(state.boardsScreen.boards.visibleItems.count == 4)
        #expect(state.boardsScreen.boards.selectedID == "b4", "the selection made while filtering stays")
    }

    @Test func theSelectionIsClampedWhenTheFilterHidesIt() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, .command(.goBottom), .command(.filter), .terminal(.paste("s")))
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b1", "b2", "b3"])
        #expect(state.boardsScreen.boards.selectedID == "b3")
    }

    @Test func pastedTextGoesIntoTheFilterWithoutControlCharacters() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, .command(.filter), .terminal(.paste("gar\u{1B}[2J\nden")))
        #expect(state.boardsScreen.boards.filter == "gar[2Jden")
    }

    @Test func pastingWhileNotFilteringDoesNothing() {
        var state = Fixture.withBoards(Self.boards)
        let before = state
        send(&state, .terminal(.paste("peach")))
        #expect(state == before)
    }

    @Test func pinsMatchTheirDescriptionToo() {
        var state = Fixture.withFocusedPins([
            Fixture.pin(1, title: "Lemon tart"), Fixture.pin(2, title: nil, description: "Grilled PEACH salad"),
        ])
        send(&state, .command(.filter), .terminal(.paste("peach")))
        #expect(state.boardsScreen.pins.visibleItems.map(\.id) == ["p2"])
    }

    @Test func filteringFromTheDetailFiltersThePins() {
        var state = Fixture.withFocusedPins(Fixture.pins(3))
        send(&state, .command(.focusNext), .command(.filter))
        #expect(state.boardsScreen.focus == .pins)
        #expect(state.boardsScreen.pins.isEditingFilter)
    }

    @Test func theSectionsFilterKeepsAllPinsFirst() {
        var state = Fixture.withOpenBoard(sections: [Fixture.section(1, name: "Salads"), Fixture.section(2, name: "Desserts")])
        send(&state, .command(.filter), .terminal(.paste("dess")))
        #expect(state.boardsScreen.sections.visibleItems == [.allPins, .section(Fixture.section(2, name: "Desserts"))])
    }
}

@Suite("Reducer: sorting")
struct ReducerSortTests {
    private static let boards = [
        Fixture.board(1, name: "beta", pinCount: 5, created: Fixture.day(3)),
        Fixture.board(2, name: "Alpha", pinCount: 50, created: Fixture.day(1)),
        Fixture.board(3, name: "gamma", pinCount: 7, created: Fixture.day(2)),
    ]

    @Test func boardsCycleThroughNameCreatedPinCountMostFirstAndBackToApiOrder() {
        var state = Fixture.withBoards(Self.boards)
        #expect(state.boardsScreen.boards.sort == SortOrder(key: .apiOrder, direction: .ascending))
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b1", "b2", "b3"])
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.boards.sort.key == .name)
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b2", "b1", "b3"])
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.boards.sort.key == .createdAt)
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b2", "b3", "b1"])
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.boards.sort == SortOrder(key: .pinCount, direction: .descending))
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b2", "b3", "b1"])
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.boards.sort == SortOrder(key: .apiOrder, direction: .ascending))
    }

    @Test func reverseSortFlipsTheDirection() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, .command(.cycleSort), .command(.cycleSort), .command(.cycleSort), .command(.reverseSort))
        #expect(state.boardsScreen.boards.sort == SortOrder(key: .pinCount, direction: .ascending))
        #expect(state.boardsScreen.boards.sort.label == "pins ↑")
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b1", "b3", "b2"])
        send(&state, .command(.reverseSort))
        #expect(state.boardsScreen.boards.sort.direction == .descending)
    }

    @Test func theTitleNamesEveryOrderTheDefaultIncluded() {
        #expect(SortOrder<PinSortKey>().title == "API order")
        #expect(SortOrder<PinSortKey>().compactTitle == nil, "a narrow pane leaves the default unsaid")
        #expect(SortOrder<PinSortKey>(key: .apiOrder, direction: .descending).title == "API order, reversed")
        #expect(SortOrder<PinSortKey>(key: .apiOrder, direction: .descending).compactTitle == "reversed")
        #expect(SortOrder<PinSortKey>(key: .createdAt, direction: .descending).title == "by created ↓")
        #expect(SortOrder<PinSortKey>(key: .createdAt, direction: .descending).compactTitle == "created ↓")
        #expect(SortOrder<BoardSortKey>(key: .pinCount, direction: .descending).title == "by pins ↓")
    }

    @Test func reversingApiOrderReversesTheList() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, .command(.reverseSort))
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b3", "b2", "b1"])
    }

    @Test func sortingKeepsTheSelectedItem() {
        var state = Fixture.withBoards(Self.boards)
        send(&state, .command(.moveDown), .command(.cycleSort))
        #expect(state.boardsScreen.boards.selectedID == "b2")
        #expect(state.boardsScreen.boards.selectedIndex == 0)
    }

    @Test func pinsCycleThroughCreatedAndTitle() {
        var state = Fixture.withFocusedPins([
            Fixture.pin(1, title: "lemon", created: Fixture.day(2)), Pin(id: "p2", createdAt: Fixture.day(9)),
            Fixture.pin(3, title: "Apple", created: Fixture.day(1)),
        ])
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.pins.sort.key == .createdAt)
        #expect(state.boardsScreen.pins.visibleItems.map(\.id) == ["p3", "p1", "p2"])
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.pins.sort.key == .title)
        #expect(state.boardsScreen.pins.visibleItems.map(\.id) == ["p2", "p3", "p1"], "an untitled pin sorts first")
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.pins.sort.key == .apiOrder)
    }

    @Test func equalKeysKeepApiOrderInBothDirections() {
        var state = Fixture.withBoards([Fixture.board(1, name: "same"), Fixture.board(2, name: "Same"), Fixture.board(3, name: "a")])
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b3", "b1", "b2"])
        send(&state, .command(.reverseSort))
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b1", "b2", "b3"])
    }

    @Test func theSortSurvivesOpeningAnotherBoard() {
        var state = Fixture.withOpenBoard()
        state.boardsScreen.focus = .pins
        send(&state, .command(.cycleSort), .command(.focusLeft), .command(.focusLeft), .command(.moveDown), .command(.open))
        #expect(state.boardsScreen.chosenBoard?.id == "b2")
        #expect(state.boardsScreen.pins.sort.key == .createdAt)
    }
}
