/// What each command does.
extension AppState {
    mutating func perform(_ command: Command) -> Effect {
        switch activeContext {
        case .confirm where confirmation != nil: return performInConfirmation(command)
        case .confirm: return performInBulkSummary(command)
        case .picker: return performInPicker(command)
        case .form: return performInForm(command)
        case .help: return performInHelp(command)
        default: break
        }
        switch command {
        case .quit:
            shouldQuit = true
        case .help:
            help = HelpOverlay(isOpen: true)
        case .closeHelp:
            break
        case .focusNext, .focusPrevious, .focusLeft, .focusRight:
            moveFocus(command)
        case .toggleDetail:
            showDetail.toggle()
            if !showDetail && focus == .detail { focus = .pins }
        case .showBoards:
            return switchMode(to: .boards)
        case .showFollowedBoards:
            return switchMode(to: .followedBoards)
        case .showMyPins:
            return switchMode(to: .myPins(currentMyPinsFilters))
        case .refresh:
            return refresh()
        case .showMessages:
            showMessages()
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            let effect = apply(.move(Self.movement(for: command)), to: focusedPane)
            extendMarkedRange()
            return effect
        case .open:
            return open()
        case .back:
            // While `go_bottom` loads every page, back stops that first.
            if status(of: focusedPane).isLoadingAll { return apply(.stopLoadingAll, to: focusedPane) }
            back()
        case .filter:
            if focus == .detail { focus = .pins }
            return apply(.beginFilter, to: focusedPane)
        case .acceptFilter:
            return apply(.acceptFilter, to: focusedPane)
        case .clearFilter:
            return apply(.clearFilter, to: focusedPane)
        case .deleteBackward:
            return apply(.deleteFilterBackward, to: focusedPane)
        case .cycleSort:
            return apply(.cycleSort, to: focusedPane)
        case .reverseSort:
            return apply(.reverseSort, to: focusedPane)
        case .retry:
            return retry()
        case .cyclePinFilter, .cyclePinType, .cycleCreativeType, .toggleProtectedPins:
            return changeMyPinsFilters(command)
        case .createBoard, .editBoard, .deleteBoard, .createSection, .renameSection, .deleteSection, .createPin,
             .editPin, .deletePins, .movePins, .savePin:
            return performWriteCommand(command)
        case .toggleMark, .markRange, .clearMarks:
            performMarking(command)
        case .nextField, .previousField, .submit, .cancelForm, .activateField, .cursorLeft, .cursorRight, .cursorUp,
             .cursorDown, .wordLeft, .wordRight, .lineStart, .lineEnd, .deleteForward, .deleteWordBackward,
             .deleteWordForward, .deleteToLineStart, .deleteToLineEnd, .choose, .cancelPicker, .confirm,
             .acceptDialog, .cancelDialog:
            break
        }
        return .none
    }

    /// While the help overlay is open, movement scrolls it; `help`/`close_help` close it.
    private mutating func performInHelp(_ command: Command) -> Effect {
        let lastLine = helpLastScroll
        switch command {
        case .quit:
            shouldQuit = true
        case .help, .closeHelp:
            help = HelpOverlay()
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

    private static func movement(for command: Command) -> ListMovement {
        switch command {
        case .moveUp: .up
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .goTop: .top
        case .goBottom: .bottom
        default: .down
        }
    }

    /// Next/previous wrap around; left/right stop at the edges.
    private mutating func moveFocus(_ command: Command) {
        let order = focusOrder
        let current = order.firstIndex(of: focus) ?? 0
        let target = switch command {
        case .focusNext: (current + 1) % order.count
        case .focusPrevious: (current + order.count - 1) % order.count
        case .focusLeft: max(current - 1, 0)
        default: min(current + 1, order.count - 1)
        }
        focus = order[target]
    }

    /// Repeats what failed and may succeed when repeated: the focused pane's request and the
    /// account's. A failure that would only fail again is not repeated, and the message says so.
    private mutating func retry() -> Effect {
        let paneFailure = status(of: focusedPane).failure
        let accountFailure = account.failure
        var effects: [Effect] = []
        if paneFailure?.isRetryable == true { effects.append(apply(.retry, to: focusedPane)) }
        if accountFailure?.isRetryable == true {
            account = .loading
            effects.append(.request(id: .account, .account))
        }
        if !effects.isEmpty { return .all(effects) }
        if let failure = paneFailure ?? accountFailure {
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

    /// Reloads the account and every list on screen; section names are fetched again when needed.
    private mutating func refresh() -> Effect {
        account = .loading
        sectionNames = [:]
        return .all([.request(id: .account, .account)] + panesOnScreen.map { apply(.refresh, to: $0) })
    }
}
