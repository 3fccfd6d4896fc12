import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// Page down and up move the selection by exactly the rows the view draws for the focused pane, at
/// every layout: detail below the lists, beside them (140 columns and up), or hidden.
@Suite struct PagingFollowsTheViewTests {
    enum Pane: String, CaseIterable, Sendable {
        case boards, pins, myPins
    }

    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]
    static let itemCount = 300

    @Test(arguments: sizes, [true, false])
    func pageDownAndUpMoveByTheRowsDrawn(size: Size, showDetail: Bool) {
        for pane in Pane.allCases {
            var state = Self.state(focusing: pane, size: size, showDetail: showDetail)
            let drawn = Self.drawnRowCount(of: pane, in: state)
            #expect(drawn > 1, "\(pane) at \(size)")
            #expect(state.focusedPane.map(state.pageRows(of:)) == drawn, "\(pane) at \(size), detail \(showDetail)")

            _ = reduce(&state, .command(.pageDown))
            #expect(Self.selectedIndex(of: pane, in: state) == drawn, "\(pane) at \(size), detail \(showDetail)")
            _ = reduce(&state, .command(.pageDown))
            #expect(Self.selectedIndex(of: pane, in: state) == 2 * drawn, "\(pane) at \(size), detail \(showDetail)")
            _ = reduce(&state, .command(.pageUp))
            #expect(Self.selectedIndex(of: pane, in: state) == drawn, "\(pane) at \(size), detail \(showDetail)")
            _ = reduce(&state, .command(.pageUp))
            #expect(Self.selectedIndex(of: pane, in: state) == 0, "\(pane) at \(size), detail \(showDetail)")
        }
    }

    @Test(arguments: [Size(width: 80, height: 15), Size(width: 80, height: 24), Size(width: 200, height: 60)])
    func pageDownInThePickerMovesByTheOptionsDrawn(size: Size) {
        let options = (1...Self.itemCount).map { PickerOption(id: "b\($0)", label: Self.name("Board", $0)) }
        var state = AppState(keymap: Fixtures.keymap, apiHost: "api.pinterest.com", terminalSize: size)
        state.picker = PickerState(title: "Board", options: options, target: .field(.board), selectedID: nil)
        let drawn = Self.drawnRowCount(of: .boards, in: state)
        #expect(drawn > 1)
        _ = reduce(&state, .command(.pageDown))
        #expect(state.picker?.selectedIndex == drawn)
        _ = reduce(&state, .command(.pageUp))
        #expect(state.picker?.selectedIndex == 0)
    }

    @Test(arguments: [Size(width: 80, height: 15), Size(width: 80, height: 24), Size(width: 200, height: 40)])
    func pageDownInTheHelpScrollsByTheLinesDrawn(size: Size) throws {
        var state = AppState(keymap: Fixtures.keymap, apiHost: "api.pinterest.com", terminalSize: size)
        state.help.isOpen = true
        let (first, last, total) = try Self.helpLinesInView(state)
        #expect(first == 1)
        _ = reduce(&state, .command(.pageDown))
        // The line after the last one drawn comes first, unless that would scroll past the end.
        #expect(try Self.helpLinesInView(state).first == min(last + 1, total - last + 1))
        _ = reduce(&state, .command(.pageUp))
        #expect(try Self.helpLinesInView(state).first == 1)
    }

    /// The first and last help lines in view and the line count, from the "3–20/75" on the overlay's border.
    private static func helpLinesInView(_ state: AppState) throws -> (first: Int, last: Int, total: Int) {
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        let match = try #require(screen.firstMatch(of: #/ (\d+)–(\d+)\/(\d+) /#), "the help is longer than its box")
        return (Int(match.output.1)!, Int(match.output.2)!, Int(match.output.3)!)
    }

    /// `itemCount` boards and the pins of an opened board loaded (or My pins), `pane` focused.
    private static func state(focusing pane: Pane, size: Size, showDetail: Bool) -> AppState {
        let boards = (1...itemCount).map { Board(id: "b\($0)", name: name("Board", $0)) }
        let pins = (1...itemCount).map { Pin(id: "p\($0)", title: name("Pin", $0)) }
        var state = AppState(keymap: Fixtures.keymap, apiHost: "api.pinterest.com", terminalSize: size)
        state.account = .loaded(Account(username: "jules"))
        state.showDetail = showDetail
        state.boardsScreen.boards = Fixtures.pane(.ownBoards, boards)
        switch pane {
        case .boards, .pins:
            state.boardsScreen.chosenBoard = Board(id: "b0", name: "Opened")
            state.boardsScreen.pins = Fixtures.pane(.boardPins(boardId: "b0"), pins)
            state.boardsScreen.focus = pane == .boards ? .boards : .pins
        case .myPins:
            state.screen = .myPins
            state.myPinsScreen.pins = Fixtures.pane(.myPins(.none), pins)
        }
        return state
    }

    private static func name(_ kind: String, _ number: Int) -> String {
        "\(kind) \(String(repeating: "0", count: 3 - String(number).count))\(number)"
    }

    /// How many of the pane's items are on the rendered screen (the detail pane repeats only the
    /// selected one, which is drawn in the list too).
    private static func drawnRowCount(of pane: Pane, in state: AppState) -> Int {
        let pattern = pane == .boards ? #/Board \d{3}/# : #/Pin \d{3}/#
        let screen = AppView.render(state, theme: Fixtures.theme).text()
        return Set(screen.matches(of: pattern).map { String($0.output) }).count
    }

    private static func selectedIndex(of pane: Pane, in state: AppState) -> Int? {
        switch pane {
        case .boards: state.boardsScreen.boards.selectedIndex
        case .pins: state.boardsScreen.pins.selectedIndex
        case .myPins: state.myPinsScreen.pins.selectedIndex
        }
    }
}
