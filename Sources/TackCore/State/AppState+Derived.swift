import PinterestAPI
import TerminalCanvas

/// Pure accessors the views and the reducer share.
extension AppState {
    /// The pin list on view, if the screen shows one: the opened board's pins, or My pins.
    public var activePinsPane: PaneID? {
        switch screen {
        case .boards: .pins
        case .myPins: .myPins
        case .account, .analytics: nil
        }
    }

    /// The list pane that list keys act on; the detail pane acts on the pins it describes. On the account
    /// screen it is the chosen part's list, also while the menu has the focus (retry and the sort act on it).
    public var focusedPane: PaneID? {
        switch screen {
        case .boards:
            switch boardsScreen.focus {
            case .boards: boardsScreen.boardsPane
            case .sections: .sections
            case .pins, .detail: .pins
            }
        case .myPins: .myPins
        case .account: accountScreen.section.pane
        case .analytics: nil
        }
    }

    /// The focused list pane when the list itself has the focus (not its detail, nor the account
    /// screen's menu) and a filter is kept on it: `back` clears that filter before it goes back.
    public var filteredPaneInFocus: PaneID? {
        guard let pane = focusedPane, !isDetailFocused, screen != .account || accountScreen.focus == .list else { return nil }
        let list = status(of: pane)
        return list.filter.isEmpty || list.isEditingFilter ? nil : pane
    }

    /// True when the detail pane has the focus (it is drawn highlighted, and list keys act on the pins).
    public var isDetailFocused: Bool {
        switch screen {
        case .boards: boardsScreen.focus == .detail
        case .myPins: myPinsScreen.focus == .detail
        case .account: accountScreen.focus == .detail
        case .analytics: false
        }
    }

    /// The innermost keymap context that applies now: a modal (confirmation, picker, form, a finished
    /// bulk summary) before the help overlay and the panes.
    public var activeContext: KeyContext {
        // The palette opens only over the panes and the help, and stays on top (as a picker) while open.
        if palette != nil { return .picker }
        if confirmation != nil { return .confirm }
        if picker != nil { return .picker }
        if form != nil { return .form }
        if bulk?.isFinished == true { return .confirm }
        if help.isOpen { return help.isEditingFilter ? .filter : .help }
        if pinAnalytics != nil { return .pinAnalytics }
        if pinView != nil { return .pinView }
        if isEditingFilter { return .filter }
        switch screen {
        case .boards:
            switch boardsScreen.focus {
            case .boards: return .boards
            case .sections: return .sections
            case .pins, .detail: return .pins
            }
        case .myPins:
            return .pins
        case .account:
            return .account
        case .analytics:
            return .analytics
        }
    }

    /// The keymap contexts consulted now, most specific first.
    public var activeContexts: [KeyContext] { activeContext.resolutionOrder }

    /// True while the focused pane's filter is being typed.
    public var isEditingFilter: Bool { focusedPane.map { status(of: $0).isEditingFilter } ?? false }

    /// What the detail pane describes: on the boards screen the selected board while the boards pane
    /// has focus, the opened board in the sections pane, otherwise the selected pin.
    public var detailSubject: DetailSubject? {
        switch screen {
        case .boards:
            switch boardsScreen.focus {
            case .boards: selectedBoard.map(DetailSubject.board)
            case .sections: boardsScreen.chosenBoard.map(DetailSubject.board)
            case .pins, .detail: selectedPin.map(DetailSubject.pin)
            }
        case .myPins:
            selectedPin.map(DetailSubject.pin)
        case .account:
            accountDetailSubject
        case .analytics:
            nil
        }
    }

    /// What the account screen's detail describes: the profile, or the selected entry of the list.
    private var accountDetailSubject: DetailSubject? {
        switch accountScreen.section {
        case .profile: account.value.map(DetailSubject.profile)
        case .followers: accountScreen.followers.selectedItem.map(DetailSubject.person)
        case .following: accountScreen.following.selectedItem.map(DetailSubject.person)
        case .followedBoards: nil
        case .businesses: accountScreen.businesses.selectedItem.map(DetailSubject.business)
        case .websites: accountScreen.websites.selectedItem.map(DetailSubject.website)
        }
    }

    /// The selected board of the boards screen's board list.
    public var selectedBoard: Board? { boardsScreen.shownBoards.selectedItem }

    /// The selected pin of the pin list on view.
    public var selectedPin: Pin? { activePinsPane.flatMap { readingPins(of: $0) { $0.selectedItem } } }

    /// The panes with a request in flight, for the header's loading indicator.
    public var loadingPanes: [PaneID] { PaneID.allCases.filter { status(of: $0).isLoading } }

    /// A board's name from the loaded board lists (for a pin's detail), if known.
    public func boardName(id: String) -> String? {
        if boardsScreen.chosenBoard?.id == id { return boardsScreen.chosenBoard?.name }
        return (boardsScreen.boards.items + boardsScreen.followedBoards.items).first { $0.id == id }?.name
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

    /// What the help overlay lists, narrowed by its query.
    public var helpContent: HelpContent { HelpContent(keymap: keymap, query: help.query.text) }

    /// The help overlay's line count, as drawn.
    public var helpLineCount: Int { helpContent.lineCount }
}
