/// What each command does.
extension AppState {
    mutating func perform(_ command: Command) -> Effect {
        switch activeContext {
        case .picker where palette != nil: return performInPalette(command)
        case .confirm where confirmation != nil: return performInConfirmation(command)
        case .confirm: return performInBulkSummary(command)
        case .picker: return performInPicker(command)
        case .form: return performInForm(command)
        case .help: return performInHelp(command)
        case .filter where help.isOpen: return performInHelp(command)
        case .pinAnalytics where ![.quit, .help, .showMessages, .commandPalette].contains(command): return performInPinAnalytics(command)
        case .pinView where ![.quit, .help, .showMessages, .commandPalette].contains(command): return performInPinView(command)
        default: break
        }
        switch command {
        case .quit:
            requestQuit()
        case .help:
            help = HelpOverlay(isOpen: true)
        case .toggleDetail:
            showDetail.toggle()
            if !showDetail {
                if boardsScreen.focus == .detail { boardsScreen.focus = .pins }
                if myPinsScreen.focus == .detail { myPinsScreen.focus = .pins }
                if accountScreen.focus == .detail { accountScreen.focus = .list }
            }
        case .showBoards:
            return showBoardsScreen(.own)
        case .showFollowedBoards:
            return showBoardsScreen(.followed)
        case .showMyPins:
            return showMyPinsScreen()
        case .showAccount:
            return showAccountScreen()
        case .showAnalytics:
            return showAnalyticsScreen()
        case .refresh:
            return refresh()
        case .showMessages:
            showMessages()
        case .commandPalette:
            openPalette()
        case .back where focusedPane.map { status(of: $0).isLoadingAll } == true:
            // While `go_bottom` loads every page, back stops that first.
            return focusedPane.map { apply(.stopLoadingAll, to: $0) } ?? .none
        case .back where marks.rangeAnchor != nil:
            // As esc leaves vim's visual mode: the range being drawn goes, the marks made before it stay.
            marks.cancelRange()
            statusMessage = marks.isEmpty ? "Range cancelled" : "Range cancelled; \(markedCountText)"
        case .back where filteredPaneInFocus != nil:
            // A kept filter goes first; back again goes back.
            return filteredPaneInFocus.map { apply(.clearFilter, to: $0) } ?? .none
        case .retry:
            return retry()
        case .toggleGallery:
            toggleGallery()
        case _ where galleryOnView.map({ Self.galleryMovement(for: command, in: $0.layout) != nil }) == true:
            return moveInGallery(command) ?? .none
        case .scrollDetailUp, .scrollDetailDown:
            scrollDetail(Self.detailMovement(for: command))
        case _ where isDetailFocused && Self.movementCommands.contains(command):
            scrollDetail(Self.movement(for: command))
        default:
            return performOnScreen(command)
        }
        return .none
    }

    /// Hands a command to the screen on view.
    private mutating func performOnScreen(_ command: Command) -> Effect {
        switch screen {
        case .boards: performOnBoardsScreen(command)
        case .myPins: performOnMyPinsScreen(command)
        case .account: performOnAccountScreen(command)
        case .analytics: performOnAnalyticsScreen(command)
        }
    }

    /// What every list pane does with a key: move, filter, sort, and the pin commands on a pin list.
    mutating func performListCommand(_ command: Command, on pane: PaneID) -> Effect {
        switch command {
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            let effect = apply(.move(Self.movement(for: command)), to: pane)
            extendMarkedRange()
            return effect
        case .filter:
            return apply(.beginFilter, to: pane)
        case .acceptFilter:
            return apply(.acceptFilter, to: pane)
        case .clearFilter:
            return apply(.clearFilter, to: pane)
        case .deleteBackward:
            return apply(.deleteFilterBackward, to: pane)
        case .cycleSort:
            return apply(.cycleSort, to: pane)
        case .reverseSort:
            return apply(.reverseSort, to: pane)
        case .createBoard, .editBoard, .deleteBoard, .createSection, .renameSection, .deleteSection, .createPin,
             .editPin, .deletePins, .movePins, .savePin:
            return performWriteCommand(command)
        case .toggleMark, .markRange, .clearMarks:
            return performMarking(command)
        case .showPinAnalytics:
            return showSelectedPinAnalytics()
        case .comparePins:
            return compareMarkedPins()
        case .copyLink, .copyImageURL, .openLink:
            return performLinkCommand(command)
        default:
            break
        }
        return .none
    }

    /// While the help overlay is open, movement scrolls it; `filter` starts typing its query, which the
    /// [filter] keys keep, edit or clear; `close_help` clears a kept query first, `help` closes at once.
    private mutating func performInHelp(_ command: Command) -> Effect {
        let lastLine = helpLastScroll
        switch command {
        case .quit:
            requestQuit()
        case .help:
            help = HelpOverlay()
        case .closeHelp:
            if help.query.isEmpty { help = HelpOverlay() } else { help.clearQuery() }
        case .filter:
            help.isEditingFilter = true
        case .acceptFilter:
            help.isEditingFilter = false
        case .clearFilter:
            help.clearQuery()
        case .deleteBackward:
            help.editQuery(.deleteBackward)
        case .commandPalette:
            openPalette()
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            let target = switch Self.movement(for: command) {
            case .up: help.scroll - 1
            case .down: help.scroll + 1
            case .pageUp: help.scroll - helpVisibleLineCount
            case .pageDown: help.scroll + helpVisibleLineCount
            case .top: 0
            case .bottom: lastLine
            }
            help.scroll = min(max(target, 0), lastLine)
        default:
            break
        }
        return .none
    }

    static func movement(for command: Command) -> ListMovement {
        switch command {
        case .moveUp: .up
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .goTop: .top
        case .goBottom: .bottom
        default: .down
        }
    }

    /// The focus after a focus command: next/previous wrap around; left/right stop at the edges.
    static func moveFocus<Focus: Equatable>(from focus: Focus, through order: [Focus], by command: Command) -> Focus {
        let current = order.firstIndex(of: focus) ?? 0
        let target = switch command {
        case .focusNext: (current + 1) % order.count
        case .focusPrevious: (current + order.count - 1) % order.count
        case .focusLeft: max(current - 1, 0)
        default: min(current + 1, order.count - 1)
        }
        return order[target]
    }

    /// Repeats what failed and may succeed when repeated: the focused pane's request and the
    /// account's. A failure that would only fail again is not repeated, and the message says so.
    private mutating func retry() -> Effect {
        let paneFailure = focusedPane.flatMap { status(of: $0).failure }
        let accountFailure = account.failure
        var effects: [Effect] = []
        if paneFailure?.isRetryable == true, let pane = focusedPane { effects.append(apply(.retry, to: pane)) }
        let analyticsFailure = screen == .analytics ? analyticsScreen.report.failure ?? analyticsScreen.splitReport.failure : nil
        if analyticsFailure?.isRetryable == true { effects.append(loadAnalytics()) }
        let topPinsFailure = screen == .analytics && analyticsScreen.part == .topPins ? analyticsScreen.topPins.failure : nil
        if topPinsFailure?.isRetryable == true { effects.append(loadTopPins()) }
        if accountFailure?.isRetryable == true {
            account = .loading
            effects.append(.request(id: .account, .account))
        }
        if !effects.isEmpty { return .all(effects) }
        if let failure = paneFailure ?? analyticsFailure ?? topPinsFailure ?? accountFailure {
            statusMessage = "Retrying would fail the same way\(failure.status.map { " (HTTP \($0))" } ?? "")"
        } else {
            statusMessage = "Nothing to retry"
        }
        return .none
    }

    /// Opens the messages overlay, unless there is nothing to show in it.
    private mutating func showMessages() {
        if messagesInFull.isEmpty {
            statusMessage = "No messages"
        } else {
            isShowingMessages = true
        }
    }

    /// Reloads the account and every list on screen (and the analytics on view); section names are fetched again when needed.
    private mutating func refresh() -> Effect {
        account = .loading
        sectionNames = [:]
        var analytics = screen == .analytics ? [loadAnalytics()] : []
        if screen == .analytics, analyticsScreen.part == .topPins { analytics.append(loadTopPins()) }
        return .all([.request(id: .account, .account)] + panesOnScreen.map { apply(.refresh, to: $0) } + analytics)
    }
}
