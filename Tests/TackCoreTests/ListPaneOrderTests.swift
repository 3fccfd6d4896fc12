import Foundation
import PinterestAPI
@testable import TackCore
import Testing

/// The visible order a pane keeps beside its items matches the one computed from scratch, however it
/// got there: pages merged in under any sort, a filter narrowed as it is typed, items edited.
@Suite("List pane: the kept visible order")
struct ListPaneOrderTests {
    private static let source = ListSource.boardPins(boardId: "b1")

    /// Pins with titles and dates that repeat, so ties (which keep API order) are exercised.
    private static func pins(_ range: ClosedRange<Int>) -> [Pin] {
        range.map { Fixture.pin($0, title: "Pin \($0 % 7) \($0 % 3 == 0 ? "peach" : "lemon")", created: Fixture.day($0 % 5)) }
    }

    /// The rows computed from nothing but the items, the filter and the sort.
    private static func expectedIDs(_ pane: ListPane<Pin>) -> [String] {
        let matching = pane.items.enumerated().filter {
            pane.filter.isEmpty || $0.element.filterText.localizedCaseInsensitiveContains(pane.filter)
        }
        let ascending = pane.sort.direction == .ascending
        let sorted = pane.sort.key == .apiOrder
            ? (ascending ? matching : matching.reversed())
            : matching.sorted { lhs, rhs in
                if lhs.element.precedes(rhs.element, by: pane.sort.key) { return ascending }
                if rhs.element.precedes(lhs.element, by: pane.sort.key) { return !ascending }
                return lhs.offset < rhs.offset
            }
        return sorted.map(\.element.id)
    }

    /// A pane that received `pages` one after another under `sort` and `filter`.
    private static func pane(pages: [[Pin]], sort: TackCore.SortOrder<PinSortKey>, filter: String = "") -> ListPane<Pin> {
        var pane = ListPane<Pin>()
        _ = pane.apply(.show(source), pageRows: 10)
        pane.sort = sort
        pane.filter = filter
        for (number, page) in pages.enumerated() {
            let request = pane.request ?? PageRequest(source: source)
            pane.request = request
            pane.phase = number == 0 ? .loading : .loadingMore
            let accepted = pane.receive(page, bookmark: "more", for: request)
            #expect(accepted)
            pane.request = PageRequest(source: source, bookmark: "page\(number + 2)")
        }
        return pane
    }

    /// The copy the store keeps to compare the next state with (without the visible orders, so that a
    /// page appended changes the order in place) equals the state and tells a page appended apart.
    @Test func theStoresComparisonCopyEqualsTheStateAndSeesAPageAppended() {
        var state = Fixture.withFocusedPins(Fixture.pins(250), bookmark: "page2")
        let before = state.withoutVisibleOrders
        #expect(before == state)
        let second = PageRequest(source: Self.source, bookmark: "page2")
        _ = reduce(&state, .pinsPageLoaded(second, Fixture.pins(250, from: 251), bookmark: nil))
        #expect(before != state)
        #expect(state.boardsScreen.pins.visibleItems.map(\.id) == (1...500).map { "p\($0)" })
        #expect(state.boardsScreen.pins.visiblePosition(of: "p500") == 499)
    }

    static let sorts: [TackCore.SortOrder<PinSortKey>] = PinSortKey.allCases.flatMap { key in
        [TackCore.SortOrder(key: key, direction: .ascending), TackCore.SortOrder(key: key, direction: .descending)]
    }

    @Test(arguments: sorts, ["", "peach"])
    func pagesAreMergedIntoTheOrderAsIfSortedAfresh(sort: TackCore.SortOrder<PinSortKey>, filter: String) {
        let pane = Self.pane(pages: [Self.pins(1...40), Self.pins(41...75), Self.pins(76...76)], sort: sort, filter: filter)
        #expect(pane.visibleItems.map(\.id) == Self.expectedIDs(pane))
        #expect(pane.visibleCount == Self.expectedIDs(pane).count)
        for (position, pin) in pane.visibleItems.enumerated() {
            #expect(pane.visiblePosition(of: pin.id) == position)
        }
    }

    @Test func typingAndDeletingTheFilterKeepsTheOrder() {
        var pane = Self.pane(pages: [Self.pins(1...60)], sort: TackCore.SortOrder(key: .title, direction: .descending))
        for filter in ["p", "pe", "pea", "peach", "pea", "", "lem", "lemon"] {
            pane.filter = filter
            #expect(pane.visibleItems.map(\.id) == Self.expectedIDs(pane), "filter “\(filter)”")
        }
    }

    @Test func editsKeepTheOrderAndTheIndex() {
        var pane = Self.pane(pages: [Self.pins(1...20)], sort: TackCore.SortOrder(key: .title))
        pane.insert(Fixture.pin(99, title: "Aardvark"), pageRows: 5)
        #expect(pane.selectedItem?.id == "p99")
        #expect(pane.selectedIndex == 0)
        pane.replace(Fixture.pin(99, title: "Zebra"))
        #expect(pane.visibleItems.map(\.id) == Self.expectedIDs(pane))
        #expect(pane.selectedIndex == 20)
        let removed = pane.remove(id: "p5")
        #expect(pane.item(withID: "p5") == nil)
        #expect(pane.visibleItems.map(\.id) == Self.expectedIDs(pane))
        pane.undo(try! #require(removed))
        #expect(pane.item(withID: "p5") != nil)
        #expect(pane.visibleItems.map(\.id) == Self.expectedIDs(pane))
    }

    @Test func rowsInAWindowAreThoseOfTheWholeList() {
        let pane = Self.pane(pages: [Self.pins(1...50)], sort: TackCore.SortOrder(key: .createdAt))
        #expect(pane.visibleRows(in: 10..<20) == Array(pane.visibleItems[10..<20]))
        #expect(pane.visibleRows(in: 45..<70) == Array(pane.visibleItems[45...]), "clamped to the list")
    }

    @Test func equalityComparesWhatIsShownNotHowItWasReached() {
        let paged = Self.pane(pages: [Self.pins(1...30), Self.pins(31...40)], sort: TackCore.SortOrder(key: .title))
        var whole = Self.pane(pages: [Self.pins(1...40)], sort: TackCore.SortOrder(key: .title))
        whole.request = paged.request
        #expect(paged == whole)
        whole.selectedID = "p3"
        #expect(paged != whole)
    }
}

@Suite("List pane: items in chunks")
struct ItemChunksTests {
    @Test(arguments: [0, 1, 255, 256, 257, 600])
    func appendingPagesKeepsEveryItemInOrder(first: Int) {
        var chunks = ItemChunks<Int>(Array(0..<first))
        chunks.append(contentsOf: first..<(first + 250))
        chunks.append(contentsOf: [Int]())
        chunks.append(contentsOf: (first + 250)..<(first + 300))
        #expect(Array(chunks) == Array(0..<(first + 300)))
        #expect(chunks.count == first + 300)
        #expect(chunks == ItemChunks(Array(0..<(first + 300))), "the same items in the same chunks, however appended")
    }
}
