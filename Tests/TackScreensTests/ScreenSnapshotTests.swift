import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// Whole screens rendered as text and compared with the committed snapshots.
@Suite struct ScreenSnapshotTests {
    static let small = Size(width: 80, height: 24)
    static let large = Size(width: 160, height: 50)

    private func expectScreen(_ state: AppState, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectSnapshot(AppView.render(state, theme: Fixtures.theme).text(), named: name, sourceLocation: sourceLocation)
    }

    @Test(arguments: [small, large])
    func boardsWithSectionsAndPins(size: Size) {
        expectScreen(Fixtures.browsing(size), named: "browsing-\(size.width)x\(size.height)")
    }

    @Test func boardDetailWhileBoardsFocused() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.focus = .boards
        expectScreen(state, named: "board-detail-80x24")
    }

    @Test(arguments: [small, large])
    func loadingEverything(size: Size) {
        var state = AppState(keymap: Fixtures.keymap, apiHost: "127.0.0.1:8080", terminalSize: size)
        state.account = .loading
        state.boardsScreen.boards = ListPane(source: .ownBoards)
        state.boardsScreen.boards.phase = .loading
        expectScreen(state, named: "loading-\(size.width)x\(size.height)")
    }

    @Test func loadingSectionsAndPinsOfAnOpenedBoard() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.chosenSection = nil
        state.boardsScreen.sections = ListPane(source: .sections(boardId: Fixtures.summerRecipes.id))
        state.boardsScreen.sections.phase = .loading
        state.boardsScreen.pins = ListPane(source: .boardPins(boardId: Fixtures.summerRecipes.id))
        state.boardsScreen.pins.phase = .loading
        state.boardsScreen.focus = .sections
        expectScreen(state, named: "loading-board-80x24")
    }

    @Test func errorWithRetryKey() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.pins.items = []
        state.boardsScreen.pins.phase = .failed(APIFailure(userMessage: "rate limited: wait 42 s", status: 429, isRetryable: true))
        expectScreen(state, named: "pins-error-80x24")
    }

    @Test func emptyBoard() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.chosenSection = nil
        state.boardsScreen.sections = Fixtures.pane(.sections(boardId: Fixtures.summerRecipes.id), [SectionEntry]())
        state.boardsScreen.pins = Fixtures.pane(.boardPins(boardId: Fixtures.summerRecipes.id), [Pin]())
        state.boardsScreen.focus = .sections
        expectScreen(state, named: "empty-board-80x24")
    }

    @Test func nothingOpenedYet() {
        var state = AppState(keymap: Fixtures.keymap, apiHost: "api.pinterest.com", terminalSize: Self.small)
        state.account = .loaded(Account(username: "jules"))
        state.boardsScreen.boards = Fixtures.pane(.ownBoards, [Board]())
        expectScreen(state, named: "no-boards-80x24")
    }

    @Test(arguments: [small, large])
    func helpOverlay(size: Size) {
        var state = Fixtures.browsing(size)
        state.help = HelpOverlay(isOpen: true)
        expectScreen(state, named: "help-\(size.width)x\(size.height)")
    }

    @Test func helpOverlayScrolled() {
        var state = Fixtures.browsing(Self.small)
        state.help = HelpOverlay(isOpen: true, scroll: 12)
        expectScreen(state, named: "help-scrolled-80x24")
    }

    @Test func filterPromptWhileTyping() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.pins.filter = "peach"
        state.boardsScreen.pins.isEditingFilter = true
        expectScreen(state, named: "filter-typing-80x24")
    }

    @Test func keptFilterWithNoMatch() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.focus = .boards
        state.boardsScreen.boards.filter = "zzz"
        expectScreen(state, named: "filter-no-match-80x24")
    }

    /// A filter kept on the narrow sections pane: its title keeps the count and the filter, and the
    /// status line offers the key that clears it.
    @Test func keptFilterInTheNarrowSectionsPane() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.focus = .sections
        state.boardsScreen.sections.filter = "sal"
        expectScreen(state, named: "filter-kept-sections-80x24")
    }

    /// The boards by pin count (most first) and the pins by date, each order named in its pane's title.
    @Test(arguments: [small, large])
    func sortedBoardsAndPins(size: Size) {
        var state = Fixtures.browsing(size)
        state.boardsScreen.focus = .boards
        state.boardsScreen.boards.sort = SortOrder(key: .pinCount, direction: .descending)
        state.boardsScreen.pins.sort = SortOrder(key: .createdAt, direction: .descending)
        expectScreen(state, named: "sorted-\(size.width)x\(size.height)")
    }

    @Test func pendingPrefixHint() {
        var state = Fixtures.browsing(Self.small)
        state.pendingKeys = PendingKeys(
            prefix: [KeyPress(.character("g"))],
            hints: [
                KeyHint(remaining: "g", command: .goTop, description: "first item"),
                KeyHint(remaining: "t", command: .focusNext, description: "next pane"),
            ]
        )
        expectScreen(state, named: "pending-g-80x24")
    }

    @Test func tooSmall() {
        expectScreen(Fixtures.browsing(Size(width: 50, height: 12)), named: "too-small-50x12")
    }

    @Test(arguments: [small, large])
    func myPinsWithFilters(size: Size) {
        var state = Fixtures.browsing(size)
        let filters = MyPinsFilters(pinFilter: .excludeRepins, creativeType: .video, includeProtectedPins: true)
        state.screen = .myPins
        state.myPinsScreen.filters = filters
        state.myPinsScreen.pins = Fixtures.pane(.myPins(filters), Fixtures.pins, selected: Fixtures.pins[2].id, bookmark: "p2")
        state.myPinsScreen.pins.phase = .loadingMore
        state.myPinsScreen.pins.sort = SortOrder(key: .createdAt, direction: .descending)
        expectScreen(state, named: "my-pins-\(size.width)x\(size.height)")
    }

    @Test func followedBoards() {
        var state = Fixtures.browsing(Self.small)
        state.boardsScreen.list = .followed
        state.boardsScreen.followedBoards = Fixtures.pane(.followedBoards, Array(Fixtures.boards.suffix(3)))
        state.boardsScreen.chosenBoard = nil
        state.boardsScreen.chosenSection = nil
        state.boardsScreen.sections = ListPane()
        state.boardsScreen.pins = ListPane()
        state.boardsScreen.focus = .boards
        state.statusMessage = "Following 3 boards"
        expectScreen(state, named: "followed-boards-80x24")
    }

    @Test(arguments: [small, large])
    func wideAndRightToLeftTitles(size: Size) {
        var state = Fixtures.browsing(size)
        state.boardsScreen.focus = .boards
        state.boardsScreen.boards.selectedID = Fixtures.boards[3].id
        state.boardsScreen.pins.items = [Fixtures.rtlPin] + Fixtures.pins
        expectScreen(state, named: "unicode-\(size.width)x\(size.height)")
    }

    @Test func escapeSequencesInATitleRenderClean() {
        var state = Fixtures.browsing(Self.large)
        state.boardsScreen.pins.items = [Fixtures.hostilePin] + Fixtures.pins
        state.boardsScreen.pins.selectedID = Fixtures.hostilePin.id
        let screen = AppView.render(state, theme: Fixtures.theme)
        let text = screen.text()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F || $0.value == 0x202E })
        #expect(text.contains("Red alert"))
        expectSnapshot(text, named: "hostile-title-160x50")
    }

    @Test func pinDetailWithEveryField() {
        var state = Fixtures.browsing(Self.large)
        state.boardsScreen.focus = .detail
        expectScreen(state, named: "pin-detail-160x50")
    }
}
