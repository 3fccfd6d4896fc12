/// Which commands do something where the keys go now: the status line offers only those, and a key
/// whose command does nothing here says so instead of doing nothing.
extension AppState {
    public func availability(of command: Command) -> CommandAvailability {
        switch activeContext {
        case .confirm, .picker, .form, .filter: return .available
        case .help: return Self.helpCommands.contains(command) ? .available : .unavailable(reason: "close the help first")
        case .pinAnalytics: return pinAnalyticsAvailability(of: command)
        case .pinView: return pinViewAvailability(of: command)
        case .global, .list, .boards, .sections, .pins, .account, .analytics: break
        }
        switch command {
        case .retry:
            return retryAvailability
        case .showMessages:
            return messagesInFull.isEmpty ? .unavailable(reason: "no messages") : .available
        case .back where backDropsSomething:
            return .available
        case .toggleGallery where activePinsPane == nil:
            return .unavailable(reason: "no pin list here")
        case .focusLeft where isGalleryOnView, .focusRight where isGalleryOnView:
            // They move through the gallery by one picture.
            return .available
        default:
            break
        }
        switch screen {
        case .boards: return boardsScreenAvailability(of: command)
        case .myPins: return myPinsScreenAvailability(of: command)
        case .account: return accountScreenAvailability(of: command)
        case .analytics: return analyticsScreenAvailability(of: command)
        }
    }

    /// The commands the help overlay answers.
    private static let helpCommands: Set<Command> =
        [.help, .closeHelp, .filter, .quit, .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom]

    /// True when `back` first drops something before it goes back: a load of every page, a range being
    /// marked, a kept filter.
    private var backDropsSomething: Bool {
        focusedPane.map { status(of: $0).isLoadingAll } == true || marks.rangeAnchor != nil || filteredPaneInFocus != nil
    }

    /// Retry repeats what failed on screen when repeating may succeed; a failure that would only fail
    /// again (a 404, a refused token) is not repeated.
    private var retryAvailability: CommandAvailability {
        var failures = [focusedPane.flatMap { status(of: $0).failure }]
        if screen == .analytics {
            failures += [analyticsScreen.report.failure, analyticsScreen.splitReport.failure]
            if analyticsScreen.part == .topPins { failures.append(analyticsScreen.topPins.failure) }
        }
        failures.append(account.failure)
        let failed = failures.compactMap(\.self)
        if failed.contains(where: \.isRetryable) { return .available }
        guard let failure = failed.first else { return .unavailable(reason: "nothing to retry") }
        return .unavailable(reason: "retrying would fail the same way\(failure.status.map { " (HTTP \($0))" } ?? "")")
    }

    private func boardsScreenAvailability(of command: Command) -> CommandAvailability {
        let focus = boardsScreen.focus
        let ownList = boardsScreen.list == .own
        switch command {
        case .open:
            switch focus {
            case .boards: return selectedBoard == nil ? .unavailable(reason: "no board to open") : .available
            case .sections: return boardsScreen.sections.selectedItem == nil ? .unavailable(reason: "no section to open") : .available
            case .pins: return selectedPin == nil ? .unavailable(reason: "no pin selected") : .available
            case .detail: return .available
            }
        case .back:
            return focus == .boards ? .unavailable(reason: "nothing to go back to") : .available
        case .createBoard:
            return ownList ? .available : .unavailable(reason: "only your own boards can be changed: show your boards first")
        case .editBoard, .deleteBoard:
            guard ownList else { return .unavailable(reason: "only your own boards can be changed: show your boards first") }
            return selectedBoard == nil ? .unavailable(reason: "no board selected") : .available
        case .createSection, .renameSection, .deleteSection:
            guard ownChosenBoard != nil else { return .unavailable(reason: "only the sections of your own boards can be changed") }
            guard command != .createSection, case .allPins? = boardsScreen.sections.selectedItem else { return .available }
            return .unavailable(reason: "“(all pins)” is not a section: choose a section")
        case .createPin:
            return ownChosenBoard == nil ? .unavailable(reason: "open one of your boards to add a pin to it") : .available
        case .editPin, .movePins, .deletePins:
            guard canChangeShownPins else { return .unavailable(reason: "only the pins of your own boards can be changed") }
            return pinAvailability(of: command)
        case .cyclePinFilter, .cyclePinType, .cycleCreativeType, .toggleProtectedPins:
            return .unavailable(reason: "pin filters apply to My pins")
        default:
            return pinAvailability(of: command)
        }
    }

    private func myPinsScreenAvailability(of command: Command) -> CommandAvailability {
        switch command {
        case .open:
            return myPinsScreen.focus == .pins && selectedPin == nil ? .unavailable(reason: "no pin selected") : .available
        case .back:
            return myPinsScreen.focus == .pins ? .unavailable(reason: "nothing to go back to") : .available
        case .createPin:
            return .unavailable(reason: "nothing to create in My pins")
        case .focusNext, .focusPrevious, .focusLeft, .focusRight:
            return showDetail ? .available : .unavailable(reason: "the detail pane is hidden")
        default:
            return pinAvailability(of: command)
        }
    }

    /// The pin commands, wherever a pin list is on view.
    private func pinAvailability(of command: Command) -> CommandAvailability {
        switch command {
        case .editPin, .toggleMark, .markRange, .showPinAnalytics:
            return selectedPin == nil ? .unavailable(reason: "no pin selected") : .available
        case .movePins, .deletePins:
            return selectedPin == nil && marks.isEmpty ? .unavailable(reason: "no pin selected") : .available
        case .clearMarks:
            return marks.isEmpty ? .unavailable(reason: "no pins marked") : .available
        case .comparePins:
            return marks.isEmpty ? .unavailable(reason: "mark the pins to compare first") : .available
        case .copyLink, .copyImageURL, .openLink:
            return linkAvailability(of: command)
        default:
            return .available
        }
    }

    private func accountScreenAvailability(of command: Command) -> CommandAvailability {
        let section = accountScreen.section
        switch command {
        case .back:
            return accountScreen.focus == .menu ? .unavailable(reason: "nothing to go back to") : .available
        case .open:
            return accountScreen.focus == .menu && section == .profile ? .unavailable(reason: "the profile is shown already") : .available
        case .filter, .cycleSort, .reverseSort:
            return section.pane == nil ? .unavailable(reason: "\(section.title) is not a list") : .available
        case .followBack:
            return section == .followers && accountScreen.followers.selectedItem != nil
                ? .available : .unavailable(reason: "choose someone under Followers to follow back")
        case .unverifyWebsite:
            return section == .websites && accountScreen.websites.selectedItem != nil
                ? .available : .unavailable(reason: "choose a website under Websites to unverify it")
        case .verifyWebsite, .showVerificationCode:
            return section == .websites || accountScreen.focus == .menu ? .available : .unavailable(reason: "websites are under Websites")
        case .cycleFollowingType:
            return section == .following || accountScreen.focus == .menu ? .available : .unavailable(reason: "the type is of Following")
        default:
            return .available
        }
    }

    private func analyticsScreenAvailability(of command: Command) -> CommandAvailability {
        let topPins = analyticsScreen.part == .topPins
        switch command {
        case .open, .showPinAnalytics, .cycleSort:
            return topPins ? .available : .unavailable(reason: "on the top pins only (tab)")
        case .resetFilters:
            return analyticsScreen.filters.isEmpty ? .unavailable(reason: "no analytics filters to reset") : .available
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom, .focusNext, .focusPrevious, .focusLeft,
             .focusRight, .toggleVideoPins, .moreTopPins, .fewerTopPins, .toggleRecentPins, .cyclePeriod,
             .choosePeriod, .chooseFilters, .cycleSplit, .quit, .help, .showBoards, .showMyPins, .showFollowedBoards,
             .showAccount, .showAnalytics, .refresh:
            return .available
        default:
            return .unavailable(reason: nil)
        }
    }

    private func pinAnalyticsAvailability(of command: Command) -> CommandAvailability {
        let comparison = pinAnalytics?.isComparison == true
        switch command {
        case .back, .cyclePeriod, .refresh, .quit, .help, .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom,
             .showBoards, .showMyPins, .showFollowedBoards, .showAccount, .showAnalytics, .commandPalette:
            return .available
        case .showMessages:
            return messagesInFull.isEmpty ? .unavailable(reason: "no messages") : .available
        case .retry:
            return pinAnalytics?.reports.failure == nil ? .unavailable(reason: "nothing to retry") : .available
        case .cycleSort:
            return comparison ? .available : .unavailable(reason: "only compared pins are sorted")
        case .splitByAppType:
            return comparison ? .unavailable(reason: "compared pins have no split") : .available
        default:
            return .unavailable(reason: nil)
        }
    }

    /// The pin view scrolls, acts on its pin, and leaves for the screens.
    private func pinViewAvailability(of command: Command) -> CommandAvailability {
        switch command {
        case .back, .quit, .help, .commandPalette, .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom,
             .scrollDetailUp, .scrollDetailDown, .showPinAnalytics, .showBoards, .showMyPins, .showFollowedBoards,
             .showAccount, .showAnalytics:
            return .available
        case .showMessages:
            return messagesInFull.isEmpty ? .unavailable(reason: "no messages") : .available
        case .editPin, .movePins, .deletePins:
            return canChangeShownPins ? .available : .unavailable(reason: "only the pins of your own boards can be changed")
        case .copyLink, .copyImageURL, .openLink:
            return linkAvailability(of: command)
        default:
            return .unavailable(reason: nil)
        }
    }
}
