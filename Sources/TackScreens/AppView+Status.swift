import TackCore

extension AppView {
    /// The commands whose keys the status line offers in the active context, most useful first.
    static func statusCommands(_ state: AppState) -> [Command] {
        // An overlay that any key closes offers no keys: it says so itself.
        if state.isShowingMessages || (state.screen == .account && state.accountScreen.isShowingVerificationCode) {
            return []
        }
        switch state.activeContext {
        case .filter:
            return [.acceptFilter, .clearFilter, .deleteBackward]
        case .help, .global, .list:
            return [.closeHelp, .quit]
        case .form:
            return [.submit, .nextField, .cancelForm]
        case .picker:
            return [.choose, .cancelPicker]
        case .confirm:
            return [.confirm, .cancelDialog]
        case .account:
            return accountCommands(state)
        case .pinAnalytics:
            let overlay = state.pinAnalytics
            let retry: [Command] = overlay?.reports.failure?.isRetryable == true ? [.retry] : []
            let choices: [Command] = overlay?.isComparison == true ? [.cycleSort] : [.splitByAppType]
            return retry + [.back, .cyclePeriod] + choices + [.help, .quit]
        case .pinView:
            let writes: [Command] = state.canChangeShownPins ? [.editPin, .movePins, .deletePins] : []
            return [.back, .pageDown] + writes + [.showPinAnalytics, .help, .quit]
        case .analytics:
            let screen = state.analyticsScreen
            let failed = screen.part == .metrics ? screen.report.failure : screen.topPins.failure
            let retry: [Command] = failed?.isRetryable == true ? [.retry] : []
            let topPins: [Command] = [
                .open, .cycleSort, .focusNext, .toggleVideoPins, .toggleRecentPins, .moreTopPins, .fewerTopPins,
            ]
            let reset: [Command] = screen.filters.isEmpty ? [] : [.resetFilters]
            let metrics: [Command] = [.choosePeriod, .chooseFilters] + reset + [.cycleSplit, .focusNext]
            let part = screen.part == .topPins ? topPins : metrics
            return retry + [.cyclePeriod] + part + [.showBoards, .help, .quit]
        case .boards where state.boardsScreen.list == .followed:
            return [.open, .filter, .cycleSort, .focusNext, .showBoards, .showMyPins, .help, .quit]
        case .boards:
            return [.open, .createBoard, .editBoard, .deleteBoard, .filter, .cycleSort, .focusNext, .showMyPins, .showFollowedBoards, .help, .quit]
        case .sections where state.ownChosenBoard == nil:
            return [.open, .back, .filter, .focusNext, .help, .quit]
        case .sections:
            return [.open, .back, .createSection, .renameSection, .deleteSection, .filter, .focusNext, .help, .quit]
        case .pins:
            if state.screen == .myPins {
                return [.cyclePinFilter, .cyclePinType, .cycleCreativeType, .toggleProtectedPins, .filter, .cycleSort, .showBoards, .help, .quit]
            }
            guard state.canChangeShownPins else {
                return [.open, .back, .savePin, .filter, .cycleSort, .focusNext, .help, .quit]
            }
            return [.open, .back, .createPin, .editPin, .toggleMark, .movePins, .deletePins, .filter, .cycleSort, .focusNext, .help, .quit]
        }
    }

    /// The account screen's keys for the pane and part on view.
    private static func accountCommands(_ state: AppState) -> [Command] {
        let screen = state.accountScreen
        let tail: [Command] = [.showBoards, .help, .quit]
        if screen.focus == .menu {
            let open: [Command] = screen.section == .profile ? [] : [.open]
            return open + [.followUser, .showVerificationCode, .focusNext] + tail
        }
        let list: [Command] = [.filter, .cycleSort, .back]
        return switch screen.section {
        case .followers: [.followBack, .followUser] + list + tail
        case .following: [.followUser, .cycleFollowingType] + list + tail
        case .websites: [.showVerificationCode, .verifyWebsite, .unverifyWebsite] + list + tail
        case .followedBoards: [.open, .back] + tail
        case .profile: [.back, .followUser] + tail
        case .businesses: list + tail
        }
    }

    /// The keys the status line offers; while the focused list keeps a filter, the first is the key
    /// that clears it (`back`, which goes back only once the filter is gone).
    static func statusHints(_ state: AppState) -> [KeyHintItem] {
        let commands = statusCommands(state)
        let hints = KeyHints.items(for: commands, contexts: state.activeContexts, keymap: state.keymap)
        let paneContexts: [KeyContext] = [.boards, .sections, .pins, .account]
        guard !commands.isEmpty, paneContexts.contains(state.activeContext), state.filteredPaneInFocus != nil,
              let back = KeyHints.firstKey(for: .back, contexts: state.activeContexts, keymap: state.keymap)
        else { return hints }
        return [KeyHintItem(key: back, label: "clear filter")] + hints.filter { $0.key != back }
    }

    /// The right side of the status line: the transient message. (The sort order is in the list's title.)
    static func statusNotes(_ state: AppState) -> [StatusLineView.Note] {
        state.statusMessage.map { [.init($0, role: .warning)] } ?? []
    }
}
