import PinterestAPI
import TackCore
import Testing

/// Each item type cycles through its own sort keys only (issue 8).
@Suite("Reducer: sort keys per item type")
struct ReducerSortKeyTests {
    /// The keys the focused pane's sort takes on over `count` presses of cycle_sort.
    private func keysVisited<Item: PaneItem>(
        _ state: inout AppState, in pane: KeyPath<AppState, ListPane<Item>>, presses count: Int
    ) -> [Item.SortKey] {
        (0..<count).map { _ in
            send(&state, .command(.cycleSort))
            return state[keyPath: pane].sort.key
        }
    }

    @Test func boardsCycleNameCreatedPinCountAndWrap() {
        var state = Fixture.withBoards(Fixture.boards(3))
        #expect(keysVisited(&state, in: \.boardsScreen.boards, presses: 5) == [.name, .createdAt, .pinCount, .apiOrder, .name])
    }

    @Test func followedBoardsCycleTheBoardKeys() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.showFollowedBoards), .boardsPageLoaded(PageRequest(source: .followedBoards), [Fixture.board(7)], bookmark: nil))
        #expect(keysVisited(&state, in: \.boardsScreen.followedBoards, presses: 4) == [.name, .createdAt, .pinCount, .apiOrder])
        #expect(state.boardsScreen.boards.sort.isAPIOrder, "the own boards keep their sort")
    }

    @Test func sectionsCycleNameAndWrap() {
        var state = Fixture.withOpenBoard()
        #expect(keysVisited(&state, in: \.boardsScreen.sections, presses: 3) == [.name, .apiOrder, .name])
        #expect(state.boardsScreen.pins.sort.isAPIOrder, "only the focused pane's sort changes")
    }

    @Test func pinsCycleCreatedTitleAndWrap() {
        var state = Fixture.withFocusedPins(Fixture.pins(3))
        #expect(keysVisited(&state, in: \.boardsScreen.pins, presses: 4) == [.createdAt, .title, .apiOrder, .createdAt])
    }

    @Test func myPinsCycleThePinKeys() {
        var state = Fixture.withBoards(Fixture.boards(3))
        send(&state, .command(.showMyPins), .pinsPageLoaded(PageRequest(source: .myPins(.none)), Fixture.pins(2), bookmark: nil))
        #expect(keysVisited(&state, in: \.myPinsScreen.pins, presses: 3) == [.createdAt, .title, .apiOrder])
    }

    @Test func sectionsSortByNameWithAllPinsAlwaysFirst() {
        var state = Fixture.withOpenBoard(sections: [
            Fixture.section(1, name: "salads"), Fixture.section(2, name: "Breads"), Fixture.section(3, name: "jams"),
        ])
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.sections.visibleItems.map(\.id) == [SectionEntry.allPinsID, "s2", "s3", "s1"])
        send(&state, .command(.reverseSort))
        #expect(state.boardsScreen.sections.sort.label == "name ↓")
        #expect(state.boardsScreen.sections.visibleItems.map(\.id) == [SectionEntry.allPinsID, "s1", "s3", "s2"])
    }

    @Test func reversingKeepsTheKeyAndCyclingStartsTheNextKeyInItsFirstDirection() {
        var state = Fixture.withFocusedPins([
            Fixture.pin(1, created: Fixture.day(2)), Fixture.pin(2, created: Fixture.day(3)), Fixture.pin(3, created: Fixture.day(1)),
        ])
        send(&state, .command(.cycleSort), .command(.reverseSort))
        #expect(state.boardsScreen.pins.sort == SortOrder(key: .createdAt, direction: .descending))
        #expect(state.boardsScreen.pins.visibleItems.map(\.id) == ["p2", "p1", "p3"])
        send(&state, .command(.cycleSort))
        #expect(state.boardsScreen.pins.sort == SortOrder(key: .title, direction: .ascending))
    }

    @Test func boardsSortByPinCountWithAMissingCountAsZero() {
        var state = Fixture.withBoards([
            Fixture.board(1, pinCount: 12), Fixture.board(2), Fixture.board(3, pinCount: 3), Fixture.board(4, pinCount: 120),
        ])
        send(&state, .command(.cycleSort), .command(.cycleSort), .command(.cycleSort))
        #expect(state.boardsScreen.boards.sort == SortOrder(key: .pinCount, direction: .descending))
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b4", "b1", "b3", "b2"])
        send(&state, .command(.reverseSort))
        #expect(state.boardsScreen.boards.visibleItems.map(\.id) == ["b2", "b3", "b1", "b4"])
    }

    /// A people list plugs in by declaring `PersonSortKey` as its item's sort key.
    private struct Person: PaneItem {
        var username: String
        var id: String { username }
        var filterText: String { username }

        func precedes(_ other: Person, by key: PersonSortKey) -> Bool {
            switch key {
            case .username: username.caseInsensitiveCompare(other.username) == .orderedAscending
            case .apiOrder: false
            }
        }
    }

    @Test func aPeopleListSortsByUsername() {
        var pane = ListPane<Person>(source: .followedBoards)
        pane.items = [Person(username: "zoe"), Person(username: "Ada"), Person(username: "max")]
        #expect(PersonSortKey.allCases == [.apiOrder, .username])
        pane.sort = SortOrder(key: PersonSortKey.apiOrder.next)
        #expect(pane.sort.label == "username ↑")
        #expect(pane.visibleItems.map(\.id) == ["Ada", "max", "zoe"])
    }
}
