import TackCore

extension AppView {
    /// The commands whose keys the status line offers in the active context, most useful first.
    static func statusCommands(_ state: AppState) -> [Command] {
        switch state.activeContext {
        case .filter:
            return [.acceptFilter, .clearFilter, .deleteBackward]
        case .help, .global, .list:
            return [.closeHelp, .quit]
        case .boards:
            return [.open, .filter, .cycleSort, .reverseSort, .focusNext, .showMyPins, .showFollowedBoards, .help, .quit]
        case .sections:
            return [.open, .back, .filter, .focusNext, .help, .quit]
        case .pins:
            if case .myPins = state.mode {
                return [.cyclePinFilter, .cyclePinType, .cycleCreativeType, .toggleProtectedPins, .filter, .cycleSort, .showBoards, .help, .quit]
            }
            return [.toggleDetail, .back, .filter, .cycleSort, .reverseSort, .focusNext, .help, .quit]
        }
    }

    /// The right side of the status line: the transient message, then the focused list's sort order.
    static func statusNotes(_ state: AppState) -> [StatusLineView.Note] {
        var notes: [StatusLineView.Note] = []
        if let message = state.statusMessage {
            notes.append(.init(message, role: .warning))
        }
        if state.focusedPane != .sections {
            notes.append(.init("sort: \(state.status(of: state.focusedPane).sort.label)", role: .status))
        }
        return notes
    }
}
