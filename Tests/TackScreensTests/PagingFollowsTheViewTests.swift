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
            #expect(state.pageRows(of: state.focusedPane) == drawn, "\(pane) at \(size), detail \(showDetail)")

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

    /// `itemCount` boards and the pins of an opened board loaded (or My pins), `pane` focused.
    private static func state(focusing pane: Pane, size: Size, showDetail: Bool) -> AppState {
        let boards = (1...itemCount).map { Board(id: "b\($0)", name: name("Board", $0)) }
        let pins = (1...itemCount).map { Pin(id: "p\($0)", title: name("Pin", $0)) }
        var state = AppState(keymap: Fixtures.keymap, apiHost: "api.pinterest.com", terminalSize: size)
        state.account = .loaded(Account(username: "jules"))
        state.showDetail = showDetail
        state.boards = Fixtures.pane(.ownBoards, boards)
        switch pane {
        case .boards, .pins:
            state.chosenBoard = Board(id: "b0", name: "Opened")
            state.pins = Fixtures.pane(.boardPins(boardId: "b0"), pins)
            state.focus = pane == .boards ? .boards : .pins
        case .myPins:
            state.mode = .myPins(.none)
            state.myPins = Fixtures.pane(.myPins(.none), pins)
            state.focus = .pins
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
        case .boards: state.boards.selectedIndex
        case .pins: state.pins.selectedIndex
        case .myPins: state.myPins.selectedIndex
        }
    }
}
