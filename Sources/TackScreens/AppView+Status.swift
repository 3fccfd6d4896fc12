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
        case .analytics:
            let screen = state.analyticsScreen
            let failed = screen.part == .metrics ? screen.report.failure : screen.topPins.failure
            let retry: [Command] = failed?.isRetryable == true ? [.retry] : []
            let topPins: [Command] = [
                .open, .cycleSort, .focusNext, .toggleVideoPins, .toggleRecentPins, .moreTopPins, .fewerTopPins,
            ]
            let part: [Command] = screen.part == .topPins ? topPins : [.focusNext]
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

    /// The right side of the status line: the transient message, then the focused list's sort order
    /// unless it is the API's own order.
    static func statusNotes(_ state: AppState) -> [StatusLineView.Note] {
        var notes: [StatusLineView.Note] = []
        if let message = state.statusMessage {
            notes.append(.init(message, role: .warning))
        }
        if let pane = state.focusedPane, let sort = state.status(of: pane).sortLabel {
            notes.append(.init("sort: \(sort)", role: .status))
        }
        return notes
    }
}
