import PinterestAPI
import TerminalCanvas

/// Pure accessors the views and the reducer share.
extension AppState {
    /// The board list of the current mode (own or followed boards).
    public var activeBoardsPane: PaneID { mode == .followedBoards ? .followedBoards : .boards }

    /// The pin list of the current mode (the chosen board's pins, or My pins).
    public var activePinsPane: PaneID {
        if case .myPins = mode { .myPins } else { .pins }
    }

    /// The list pane that list keys act on; the detail pane acts on the pins it describes.
    public var focusedPane: PaneID {
        switch focus {
        case .boards: activeBoardsPane
        case .sections: .sections
        case .pins, .detail: activePinsPane
        }
    }

    /// The panes focus moves through, left to right.
    public var focusOrder: [PaneFocus] {
        let lists: [PaneFocus] = if case .myPins = mode { [.pins] } else { [.boards, .sections, .pins] }
        return showDetail ? lists + [.detail] : lists
    }

    /// The innermost keymap context that applies now: a modal (confirmation, picker, form, a finished
    /// bulk summary) before the help overlay and the panes.
    public var activeContext: KeyContext {
        if confirmation != nil { return .confirm }
        if picker != nil { return .picker }
        if form != nil { return .form }
        if bulk?.isFinished == true { return .confirm }
        if help.isOpen { return .help }
        if isEditingFilter { return .filter }
        switch focus {
        case .boards: return .boards
        case .sections: return .sections
        case .pins, .detail: return .pins
        }
    }

    /// The keymap contexts consulted now, most specific first.
    public var activeContexts: [KeyContext] { activeContext.resolutionOrder }

    /// True while the focused pane's filter is being typed.
    public var isEditingFilter: Bool { status(of: focusedPane).isEditingFilter }

    /// What the detail pane describes: the selected board while the boards pane has focus,
    /// the opened board in the sections pane, otherwise the selected pin.
    public var detailSubject: DetailSubject? {
        switch focus {
        case .boards: selectedBoard.map(DetailSubject.board)
        case .sections: chosenBoard.map(DetailSubject.board)
        case .pins, .detail: selectedPin.map(DetailSubject.pin)
        }
    }

    /// The selected board of the active board list.
    public var selectedBoard: Board? { boardsPane(activeBoardsPane).selectedItem }

    /// The selected pin of the active pin list.
    public var selectedPin: Pin? { pinsPane(activePinsPane).selectedItem }

    /// The panes with a request in flight, for the header's loading indicator.
    public var loadingPanes: [PaneID] { PaneID.allCases.filter { status(of: $0).isLoading } }

    /// A board's name from the loaded board lists (for a pin's detail), if known.
    public func boardName(id: String) -> String? {
        if chosenBoard?.id == id { return chosenBoard?.name }
        return (boards.items + followedBoards.items).first { $0.id == id }?.name
    }

    /// Where everything on the main screen goes; nil when the terminal is too small for it.
    public var layout: ScreenLayout? { ScreenLayout.make(for: terminalSize, showDetail: showDetail) }

    /// The list rows `pane` shows, from the layout the view draws: how far page up/down moves and how
    /// many rows the selection is kept within.
    public func pageRows(of pane: PaneID) -> Int { max(1, layout?.visibleRowCount(of: pane) ?? 1) }

    /// The help lines in view, from the overlay's layout.
    public var helpVisibleLineCount: Int {
        max(1, ScreenLayout.helpTextArea(ofBox: ScreenLayout.helpBox(in: Rect(size: terminalSize))).height)
    }

    /// The last first-line the help can scroll to: where its last line is at the bottom of the box.
    public var helpLastScroll: Int { max(0, helpLineCount - helpVisibleLineCount) }

    /// The help overlay's line count: a heading per context that has bindings, then one line per binding.
    public var helpLineCount: Int {
        KeyContext.allCases.reduce(0) { count, context in
            let bindings = keymap.bindings(in: context).count
            return count + (bindings == 0 ? 0 : bindings + 1)
        }
    }
}
