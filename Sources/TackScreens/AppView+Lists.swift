import PinterestAPI
import TackCore
import TerminalCanvas

extension AppView {
    /// The list panes of the screen on view and where they go.
    static func listPanes(_ state: AppState, layout: ScreenLayout) -> [(ListPaneContent, Rect)] {
        switch state.screen {
        case .boards: boardsScreenPanes(state, layout: layout)
        case .myPins: [myPinsPane(state, layout: layout)]
        case .account, .analytics: []
        }
    }

    private static func myPinsPane(_ state: AppState, layout: ScreenLayout) -> (ListPaneContent, Rect) {
        let filters = state.myPinsScreen.filters
        let qualifier = filters.labels.isEmpty ? nil : filters.labels.joined(separator: " · ")
        let empty = qualifier == nil ? "No pins yet" : "No pins match these filters"
        let rect = layout.rect(of: .myPins)
        let expected = filters.labels.isEmpty ? state.account.value?.pinCount : nil
        let content = pinsContent(
            state.myPinsScreen.pins, title: "My pins", qualifier: qualifier, empty: empty, in: rect, expected: expected,
            isFocused: state.myPinsScreen.focus == .pins, state)
        return (content, rect)
    }

    private static func boardsScreenPanes(_ state: AppState, layout: ScreenLayout) -> [(ListPaneContent, Rect)] {
        let screen = state.boardsScreen
        let followed = screen.list == .followed
        let boardsRect = layout.rect(of: screen.boardsPane)
        let boards = ListPaneContent(
            pane: screen.shownBoards, title: followed ? "Boards I follow" : "Boards",
            emptyMessage: followed ? "You follow no boards" : "No boards yet", rowsInView: rowsInView(boardsRect),
            expectedCount: followed ? nil : state.account.value?.boardCount,
            isFocused: screen.focus == .boards, retryKey: key(for: .retry, in: .boards, state), row: BoardRow.row(for:)
        )
        // The sections and pins panes name the board they show, as the cursor may be on another one.
        let board = screen.chosenBoard?.name
        let sections = ListPaneContent(
            pane: screen.sections, title: "Sections", subject: board.map { [$0] } ?? [],
            emptyMessage: board == nil ? "Open a board" : "No sections — (all pins) shows every pin",
            rowsInView: rowsInView(layout.rect(of: .sections)),
            isFocused: screen.focus == .sections, retryKey: key(for: .retry, in: .sections, state), row: SectionRow.row(for:)
        )
        let pinsEmpty = switch (board, screen.chosenSection) {
        case (nil, _): "Open a board to see its pins"
        case (_, nil): "No pins on this board"
        default: "No pins in this section"
        }
        let pinsSubject = [board, screen.chosenSection?.name].compactMap(\.self)
        let pinsRect = layout.rect(of: .pins)
        let expectedPins = screen.chosenSection == nil ? screen.chosenBoard?.pinCount : nil
        let pins = pinsContent(
            screen.pins, title: "Pins", subject: pinsSubject, empty: pinsEmpty, in: pinsRect, expected: expectedPins,
            isFocused: screen.focus == .pins, state)
        return [
            (boards, boardsRect),
            (sections, layout.rect(of: .sections)),
            (pins, pinsRect),
        ]
    }

    private static func pinsContent(
        _ pane: ListPane<Pin>, title: String, subject: [String] = [], qualifier: String? = nil, empty: String,
        in rect: Rect, expected: Int?, isFocused: Bool, _ state: AppState
    ) -> ListPaneContent {
        var content = ListPaneContent(
            pane: pane, title: title, subject: subject, qualifier: qualifier, emptyMessage: empty,
            rowsInView: rowsInView(rect), expectedCount: expected,
            isFocused: isFocused, retryKey: key(for: .retry, in: .pins, state)
        ) { pin in
            var row = PinRow.row(for: pin)
            let marks = state.marks
            row.mark = marks.rangeAnchor == pin.id ? .anchor
                : marks.isInRange(pin.id) ? .inRange : marks.isMarked(pin.id) ? .marked : .none
            return row
        }
        content.markedCount = state.marks.count
        return content
    }

    /// How many rows a list pane drawn in `rect` can show.
    static func rowsInView(_ rect: Rect) -> Int {
        ScreenLayout.rowArea(ofListPaneIn: rect).height
    }
}
