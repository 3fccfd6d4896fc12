import PinterestAPI
import TackCore
import TerminalCanvas

extension AppView {
    /// The list panes of the current mode and where they go.
    static func listPanes(_ state: AppState, layout: ScreenLayout) -> [(ListPaneContent, Rect)] {
        if case .myPins(let filters) = state.mode {
            let qualifier = filters.labels.isEmpty ? nil : filters.labels.joined(separator: " · ")
            let empty = qualifier == nil ? "No pins yet" : "No pins match these filters"
            let rect = layout.rect(of: .myPins)
            let expected = filters.labels.isEmpty ? state.account.value?.pinCount : nil
            return [(pinsContent(state.myPins, title: "My pins", qualifier: qualifier, empty: empty, in: rect, expected: expected, state), rect)]
        }
        let followed = state.mode == .followedBoards
        let boardsRect = layout.rect(of: state.activeBoardsPane)
        let boards = ListPaneContent(
            pane: followed ? state.followedBoards : state.boards, title: followed ? "Boards I follow" : "Boards",
            emptyMessage: followed ? "You follow no boards" : "No boards yet", rowsInView: rowsInView(boardsRect),
            expectedCount: followed ? nil : state.account.value?.boardCount,
            isFocused: state.focus == .boards, retryKey: key(for: .retry, in: .boards, state), row: BoardRow.row(for:)
        )
        // The sections and pins panes name the board they show, as the cursor may be on another one.
        let board = state.chosenBoard?.name
        let sections = ListPaneContent(
            pane: state.sections, title: "Sections", subject: board.map { [$0] } ?? [],
            emptyMessage: board == nil ? "Open a board" : "No sections — (all pins) shows every pin",
            rowsInView: rowsInView(layout.rect(of: .sections)),
            isFocused: state.focus == .sections, retryKey: key(for: .retry, in: .sections, state), row: SectionRow.row(for:)
        )
        let pinsEmpty = switch (board, state.chosenSection) {
        case (nil, _): "Open a board to see its pins"
        case (_, nil): "No pins on this board"
        default: "No pins in this section"
        }
        let pinsSubject = [board, state.chosenSection?.name].compactMap(\.self)
        let pinsRect = layout.rect(of: .pins)
        let expectedPins = state.chosenSection == nil ? state.chosenBoard?.pinCount : nil
        return [
            (boards, boardsRect),
            (sections, layout.rect(of: .sections)),
            (pinsContent(state.pins, title: "Pins", subject: pinsSubject, empty: pinsEmpty, in: pinsRect, expected: expectedPins, state), pinsRect),
        ]
    }

    private static func pinsContent(
        _ pane: ListPane<Pin>, title: String, subject: [String] = [], qualifier: String? = nil, empty: String,
        in rect: Rect, expected: Int?, _ state: AppState
    ) -> ListPaneContent {
        var content = ListPaneContent(
            pane: pane, title: title, subject: subject, qualifier: qualifier, emptyMessage: empty,
            rowsInView: rowsInView(rect), expectedCount: expected,
            isFocused: state.focus == .pins, retryKey: key(for: .retry, in: .pins, state)
        ) { pin in
            var row = PinRow.row(for: pin)
            row.mark = state.marks.rangeAnchor == pin.id ? .anchor : state.marks.isMarked(pin.id) ? .marked : .none
            return row
        }
        content.markedCount = state.marks.count
        return content
    }

    /// How many rows a list pane drawn in `rect` can show.
    private static func rowsInView(_ rect: Rect) -> Int {
        ScreenLayout.rowArea(ofListPaneIn: rect).height
    }
}
