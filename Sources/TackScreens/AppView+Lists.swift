import PinterestAPI
import TackCore
import TerminalCanvas

extension AppView {
    /// The list panes of the current mode and where they go.
    static func listPanes(_ state: AppState, layout: ScreenLayout) -> [(ListPaneContent, Rect)] {
        if case .myPins(let filters) = state.mode {
            let qualifier = filters.labels.isEmpty ? nil : filters.labels.joined(separator: " · ")
            let empty = qualifier == nil ? "No pins yet" : "No pins match these filters"
            return [(pinsContent(state.myPins, title: "My pins", qualifier: qualifier, empty: empty, state), layout.rect(of: .myPins))]
        }
        let followed = state.mode == .followedBoards
        let boards = ListPaneContent(
            pane: followed ? state.followedBoards : state.boards, title: followed ? "Boards I follow" : "Boards",
            emptyMessage: followed ? "You follow no boards" : "No boards yet",
            isFocused: state.focus == .boards, retryKey: key(for: .retry, in: .boards, state), row: BoardRow.row(for:)
        )
        // The sections and pins panes name the board they show, as the cursor may be on another one.
        let board = state.chosenBoard?.name
        let sections = ListPaneContent(
            pane: state.sections, title: "Sections", subject: board.map { [$0] } ?? [],
            emptyMessage: board == nil ? "Open a board" : "No sections — (all pins) shows every pin",
            isFocused: state.focus == .sections, retryKey: key(for: .retry, in: .sections, state), row: SectionRow.row(for:)
        )
        let pinsEmpty = switch (board, state.chosenSection) {
        case (nil, _): "Open a board to see its pins"
        case (_, nil): "No pins on this board"
        default: "No pins in this section"
        }
        let pinsSubject = [board, state.chosenSection?.name].compactMap(\.self)
        return [
            (boards, layout.rect(of: state.activeBoardsPane)),
            (sections, layout.rect(of: .sections)),
            (pinsContent(state.pins, title: "Pins", subject: pinsSubject, empty: pinsEmpty, state), layout.rect(of: .pins)),
        ]
    }

    private static func pinsContent(
        _ pane: ListPane<Pin>, title: String, subject: [String] = [], qualifier: String? = nil, empty: String,
        _ state: AppState
    ) -> ListPaneContent {
        var content = ListPaneContent(
            pane: pane, title: title, subject: subject, qualifier: qualifier, emptyMessage: empty,
            isFocused: state.focus == .pins, retryKey: key(for: .retry, in: .pins, state)
        ) { pin in
            var row = PinRow.row(for: pin)
            row.mark = state.marks.rangeAnchor == pin.id ? .anchor : state.marks.isMarked(pin.id) ? .marked : .none
            return row
        }
        content.markedCount = state.marks.count
        return content
    }
}
