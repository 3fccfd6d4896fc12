import PinterestAPI

/// What keys do on the account screen, and what its effects send back.
extension AppState {
    /// The account screen, loading the chosen part the first time it is shown.
    mutating func showAccountScreen() -> Effect {
        if screen != .account { marks.clear() }
        screen = .account
        return loadAccountSection()
    }

    /// The account screen's own commands; the global ones were handled before.
    mutating func performOnAccountScreen(_ command: Command) -> Effect {
        let pane = accountScreen.section.pane
        switch command {
        case .focusNext, .focusPrevious, .focusLeft, .focusRight:
            var order: [AccountFocus] = [.menu, .list]
            if showDetail { order.append(.detail) }
            accountScreen.focus = Self.moveFocus(from: accountScreen.focus, through: order, by: command)
        case .open:
            return openOnAccountScreen()
        case .back:
            switch accountScreen.focus {
            case .menu: break
            case .list: accountScreen.focus = .menu
            case .detail: accountScreen.focus = .list
            }
        case .followUser:
            form = .followUser()
        case .followBack:
            return followBack()
        case .showVerificationCode:
            return showVerificationCode()
        case .verifyWebsite:
            let selected = accountScreen.section == .websites ? accountScreen.websites.selectedItem?.website : nil
            form = .verifyWebsite(selected ?? "")
        case .unverifyWebsite:
            guard accountScreen.section == .websites, let website = accountScreen.websites.selectedItem?.website else {
                statusMessage = "Choose a website under Websites to unverify it"
                return .none
            }
            confirmation = .unverifyWebsite(website)
        case .cycleFollowingType:
            return cycleFollowingType()
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            if accountScreen.focus == .menu { return chooseAccountSection(by: Self.movement(for: command)) }
            if accountScreen.section == .profile { scrollProfile(Self.movement(for: command)) }
            return pane.map { performListCommand(command, on: $0) } ?? .none
        case .filter, .acceptFilter, .clearFilter, .deleteBackward, .cycleSort, .reverseSort:
            guard let pane else { return .none }
            if command == .filter { accountScreen.focus = .list }
            return performListCommand(command, on: pane)
        default:
            statusMessage = "Not on the account screen: \(CommandCatalog.info(command).description.lowercased())"
        }
        return .none
    }

    /// Applies an answer of the account screen's effects.
    mutating func reduceAccountScreen(_ action: AccountScreenAction) -> Effect {
        switch action {
        case .peoplePageLoaded(let request, let people, let bookmark):
            return receive(people, bookmark: bookmark, for: request, into: Self.peoplePath(request.source.pane))
        case .businessesLoaded(let request, let businesses):
            return receive(businesses, bookmark: nil, for: request, into: \.accountScreen.businesses)
        case .websitesPageLoaded(let request, let websites, let bookmark):
            return receive(websites, bookmark: bookmark, for: request, into: \.accountScreen.websites)
        case .verificationCodeLoaded(let code):
            guard accountScreen.verificationCode == .loading else { return .none }
            accountScreen.verificationCode = .loaded(code)
            // Asked for on the account screen: shown there only, so a key elsewhere is never taken to close it.
            accountScreen.isShowingVerificationCode = screen == .account
            statusMessage = screen == .account ? nil : "The website verification code is ready under Account › Websites"
        case .verificationCodeFailed(let failure):
            guard accountScreen.verificationCode == .loading else { return .none }
            accountScreen.verificationCode = .failed(failure)
            statusMessage = "Could not get the verification code: \(failure.userMessage)"
        }
        return .none
    }

    /// After a follow: the user joins the following list when it lists everyone, and the count rises.
    mutating func followed(_ user: UserSummary) -> String {
        let isNew = !accountScreen.isFollowing(user.id)
        accountScreen.followedSinceLoad.insert(user.id)
        if accountScreen.following.source == .following(nil), isNew {
            accountScreen.following.insert(user, pageRows: pageRows(of: .following))
        }
        if isNew, case .loaded(var profile) = account, let count = profile.followingCount {
            profile.followingCount = count + 1
            account = .loaded(profile)
        }
        return "Following @\(user.id)"
    }

    /// The source each list of the account screen is shown with.
    private var accountSources: [PaneID: ListSource] {
        [.followers: .followers, .following: .following(accountScreen.followingType), .businesses: .businesses,
         .websites: .websites]
    }

    /// Loads the chosen part's list unless it is loaded (or loading) already.
    private mutating func loadAccountSection() -> Effect {
        guard let pane = accountScreen.section.pane, let source = accountSources[pane] else { return .none }
        return apply(.show(source), to: pane)
    }

    /// The profile as the account screen shows it where the lists go (counts made short).
    public var accountProfileContent: DetailContent? {
        account.value.map { AccountDetail.profile($0, exact: false) }
    }

    /// Scrolls the profile shown where the lists go by `movement`, a page being the lines it shows; it
    /// stops at the last line.
    private mutating func scrollProfile(_ movement: ListMovement) {
        guard let rect = layout?.accountList else { return }
        let size = DetailLayout.textArea(ofPane: rect).size
        let last = DetailLayout.lastScroll(accountProfileContent, in: size)
        guard last > 0 else {
            statusMessage = "The whole profile is in view"
            return
        }
        let offset = min(accountScreen.profileScroll, last)
        accountScreen.profileScroll = movement.index(from: offset, count: last + 1, page: size.height)
    }

    /// Moves the menu's choice; the list beside it follows.
    private mutating func chooseAccountSection(by movement: ListMovement) -> Effect {
        let sections = AccountSection.allCases
        let index = sections.firstIndex(of: accountScreen.section) ?? 0
        accountScreen.section = sections[movement.index(from: index, count: sections.count, page: sections.count)]
        return loadAccountSection()
    }

    /// In the menu, opens the chosen part (followed boards open on the boards screen); in the list,
    /// shows the selected entry's detail.
    private mutating func openOnAccountScreen() -> Effect {
        if accountScreen.section == .followedBoards { return showBoardsScreen(.followed) }
        switch accountScreen.focus {
        case .menu:
            accountScreen.focus = .list
        case .list:
            showDetail = true
            accountScreen.focus = .detail
        case .detail:
            accountScreen.focus = .list
        }
        return .none
    }

    /// Follows the selected follower, unless the account follows them already as far as is known.
    private mutating func followBack() -> Effect {
        guard accountScreen.section == .followers, let follower = accountScreen.followers.selectedItem,
              !follower.id.isEmpty
        else {
            statusMessage = "Choose someone under Followers to follow back"
            return .none
        }
        if accountScreen.isFollowing(follower.id) {
            statusMessage = "You follow @\(follower.id) already"
            return .none
        }
        statusMessage = "Following @\(follower.id)…"
        return startWrite(.followUser(username: follower.id))
    }

    /// Shows the verification code, fetching it the first time (and again after a failure).
    private mutating func showVerificationCode() -> Effect {
        switch accountScreen.verificationCode {
        case .loaded:
            accountScreen.isShowingVerificationCode = true
            return .none
        case .loading:
            return .none
        case .idle, .failed:
            accountScreen.verificationCode = .loading
            statusMessage = "Getting the verification code…"
            return .request(id: .websiteVerificationCode, .websiteVerificationCode)
        }
    }

    /// The type filters of the following list, in the order a key cycles them.
    static let followingTypeCycle: [UserFollowingFeedType?] = [nil, .creatorOnly, .ranked, .rankedCreatorOnly]

    /// Cycles the following list's type filter and reloads it.
    private mutating func cycleFollowingType() -> Effect {
        let cycle = Self.followingTypeCycle
        let index = cycle.firstIndex(of: accountScreen.followingType) ?? 0
        accountScreen.followingType = cycle[(index + 1) % cycle.count]
        accountScreen.section = .following
        return apply(.show(.following(accountScreen.followingType)), to: .following)
    }
}
