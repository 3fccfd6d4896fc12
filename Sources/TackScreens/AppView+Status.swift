import TackCore

extension AppView {
    /// The keys the status line offers, most useful first: every command of the active contexts that
    /// has a key there and does something now, in the catalogue's hint priority, named for what it does
    /// here. The help key is not among them: `statusHelpHint` ends the line.
    static func statusHints(_ state: AppState) -> [KeyHintItem] {
        // An overlay that any key closes offers no keys: it says so itself.
        if state.isShowingMessages || (state.screen == .account && state.accountScreen.isShowingVerificationCode) {
            return []
        }
        let keys = KeyHints.effectiveKeys(contexts: state.activeContexts, keymap: state.keymap)
        let offered = CommandCatalog.all.compactMap { info -> (priority: Int, hint: KeyHintItem)? in
            guard let priority = statusPriority(of: info.command, state),
                  let key = keys[info.command],
                  state.availability(of: info.command) == .available
            else { return nil }
            return (priority, KeyHintItem(key: key, label: statusLabel(of: info.command, state)))
        }
        // A stable sort: equal priorities keep the catalogue's order.
        return offered.enumerated()
            .sorted { ($0.element.priority, -$0.offset) > ($1.element.priority, -$1.offset) }
            .map(\.element.hint)
    }

    /// "? more", kept at the end of the status line whatever its width; nil where no key shows the help.
    static func statusHelpHint(_ state: AppState) -> KeyHintItem? {
        guard !state.isShowingMessages, !state.help.isOpen,
              let key = KeyHints.effectiveKey(for: .help, contexts: state.activeContexts, keymap: state.keymap)
        else { return nil }
        return KeyHintItem(key: key, label: "more")
    }

    /// The catalogue's priority, except that `back` comes first while it clears a kept filter.
    private static func statusPriority(of command: Command, _ state: AppState) -> Int? {
        if command == .back, state.filteredPaneInFocus != nil { return 101 }
        return CommandCatalog.hintPriority(of: command)
    }

    /// What the command does where the keys go now, in a word or two.
    static func statusLabel(of command: Command, _ state: AppState) -> String {
        switch command {
        case .open: openLabel(state)
        case .back where state.focusedPane.map { state.status(of: $0).isLoadingAll } == true: "stop loading"
        case .back where state.marks.rangeAnchor != nil: "drop range"
        case .back where state.filteredPaneInFocus != nil: "clear filter"
        default: CommandLabel.short(command)
        }
    }

    /// Enter opens a board or a section, a pin in the pin view (from its row or its detail), a person's
    /// details, goes back to the list from any other detail, and opens a top pin on its board.
    private static func openLabel(_ state: AppState) -> String {
        if state.isDetailFocused {
            if case .pin = state.detailSubject { return "view" }
            return "back to list"
        }
        switch state.screen {
        case .boards: return state.boardsScreen.focus == .pins ? "view" : "open"
        case .myPins: return "view"
        case .account: return state.accountScreen.focus == .menu || state.accountScreen.section == .followedBoards ? "open" : "details"
        case .analytics: return "on its board"
        }
    }

    /// The right side of the status line: the transient message. (The sort order is in the list's title.)
    static func statusNotes(_ state: AppState) -> [StatusLineView.Note] {
        state.statusMessage.map { [.init($0, role: .warning)] } ?? []
    }
}
