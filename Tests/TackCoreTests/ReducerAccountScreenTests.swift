import PinterestAPI
import TackCore
import Testing

@Suite("Reducer: the account screen, its menu and its focus")
struct ReducerAccountScreenTests {
    private typealias F = AccountFixture

    // MARK: - show_account

    @Test func showAccountFromTheBoardsScreenOpensOnTheProfileAndLoadsNothing() {
        var state = F.launched()
        #expect(reduce(&state, .command(.showAccount)) == .none, "the profile is the account, loaded at launch")
        #expect(state.screen == .account)
        #expect(state.accountScreen.section == .profile)
        #expect(state.accountScreen.focus == .menu)
        #expect(state.boardsScreen.focus == .boards, "the boards screen keeps its own focus")
        #expect(state.activeContext == .account)
        #expect(state.focusedPane == nil)
        #expect(state.detailSubject == .profile(F.profile))
    }

    @Test func showAccountClearsThePinMarksOfTheBoardsScreen() {
        var state = WriteFixture.pinsOfB1()
        send(&state, .command(.toggleMark))
        #expect(state.marks.count == 1)
        send(&state, .command(.showAccount))
        #expect(state.marks.isEmpty)
    }

    @Test func showAccountFromMyPinsClearsItsMarksAndComesBackToTheChosenPart() {
        var state = F.onAccount()
        #expect(F.choose(.followers, in: &state) == F.load(F.followersPage))
        send(&state, .accountScreen(.peoplePageLoaded(F.followersPage, F.fans(3), bookmark: nil)))

        send(&state, .command(.showMyPins), .pinsPageLoaded(PageRequest(source: .myPins(.none)), Fixture.pins(3), bookmark: nil))
        send(&state, .command(.toggleMark))
        #expect(state.marks.count == 1)

        #expect(reduce(&state, .command(.showAccount)) == .none, "the followers are loaded already")
        #expect(state.screen == .account)
        #expect(state.marks.isEmpty)
        #expect(state.accountScreen.section == .followers)
        #expect(F.usernames(state.accountScreen.followers) == ["fan1", "fan2", "fan3"])
    }

    @Test func showAccountLoadsTheChosenPartWhenItFailedBefore() {
        var state = F.onAccount()
        F.choose(.websites, in: &state)
        send(&state, .pageFailed(F.websitesPage, F.failure), .command(.showBoards))
        #expect(reduce(&state, .command(.showAccount)) == F.load(F.websitesPage))
        #expect(state.accountScreen.websites.phase == .loading)
    }

    @Test func showAccountOnTheAccountScreenChangesNothing() {
        var state = F.withFollowers()
        let before = state
        #expect(reduce(&state, .command(.showAccount)) == .none)
        #expect(state == before)
    }

    // MARK: - The menu

    @Test func movingDownTheMenuChoosesEachPartAndLoadsItsListOnce() {
        var state = F.onAccount()
        var seen: [(AccountSection, Effect)] = []
        for _ in AccountSection.allCases {
            let effect = reduce(&state, .command(.moveDown))
            seen.append((state.accountScreen.section, effect))
        }
        #expect(seen.map(\.0) == [.followers, .following, .followedBoards, .businesses, .websites, .websites])
        #expect(seen.map(\.1) == [
            F.load(F.followersPage), F.load(F.followingPage()), .none, F.load(F.businessesPage), F.load(F.websitesPage), .none,
        ])
        #expect(state.accountScreen.focus == .menu, "the menu keeps the focus while it chooses")

        for _ in AccountSection.allCases {
            #expect(reduce(&state, .command(.moveUp)) == .none, "each list is loading already")
        }
        #expect(state.accountScreen.section == .profile)
    }

    @Test(arguments: [
        (Command.goBottom, AccountSection.websites), (.pageDown, .websites), (.goTop, .profile), (.pageUp, .profile),
    ])
    func jumpsInTheMenuGoToItsEnds(command: Command, section: AccountSection) {
        var state = F.onAccount()
        F.choose(.following, in: &state)
        let effect = reduce(&state, .command(command))
        #expect(state.accountScreen.section == section)
        #expect(effect == (section == .websites ? F.load(F.websitesPage) : .none))
        #expect(reduce(&state, .command(command)) == .none, "already there")
        #expect(state.accountScreen.section == section)
    }

    @Test func aLoadedListIsNotLoadedAgainWhenChosenAgain() {
        var state = F.withFollowers()
        send(&state, .command(.back), .command(.moveUp))
        #expect(reduce(&state, .command(.moveDown)) == .none)
        #expect(state.accountScreen.followers.loadedCount == 3)
    }

    // MARK: - Focus

    @Test func focusNextAndPreviousGoRoundMenuListAndDetail() {
        var state = F.onAccount()
        var order: [AccountFocus] = []
        for _ in 0..<3 {
            send(&state, .command(.focusNext))
            order.append(state.accountScreen.focus)
        }
        #expect(order == [.list, .detail, .menu])
        send(&state, .command(.focusPrevious))
        #expect(state.accountScreen.focus == .detail)
    }

    @Test func focusLeftAndRightStopAtTheEdges() {
        var state = F.onAccount()
        send(&state, .command(.focusLeft))
        #expect(state.accountScreen.focus == .menu)
        send(&state, .command(.focusRight), .command(.focusRight), .command(.focusRight))
        #expect(state.accountScreen.focus == .detail)
        send(&state, .command(.focusLeft))
        #expect(state.accountScreen.focus == .list)
    }

    @Test func theHiddenDetailIsSkipped() {
        var state = F.onAccount()
        send(&state, .command(.toggleDetail))
        #expect(!state.showDetail)
        send(&state, .command(.focusNext))
        #expect(state.accountScreen.focus == .list)
        send(&state, .command(.focusNext))
        #expect(state.accountScreen.focus == .menu)
        send(&state, .command(.focusPrevious))
        #expect(state.accountScreen.focus == .list)
        send(&state, .command(.focusRight))
        #expect(state.accountScreen.focus == .list)
    }

    @Test func hidingTheDetailMovesTheFocusOutOfIt() {
        var state = F.withFollowers()
        send(&state, .command(.open))
        #expect(state.accountScreen.focus == .detail)
        send(&state, .command(.toggleDetail))
        #expect(state.accountScreen.focus == .list)
        #expect(state.focusedPane == .followers)
    }

    // MARK: - Open and back

    @Test func openGoesFromTheMenuToTheListToTheDetailAndBack() {
        var state = F.onAccount()
        F.choose(.followers, in: &state)
        send(&state, .command(.open))
        #expect(state.accountScreen.focus == .list)
        send(&state, .command(.open))
        #expect(state.accountScreen.focus == .detail)
        send(&state, .command(.open))
        #expect(state.accountScreen.focus == .list)
    }

    @Test func openInTheListShowsAHiddenDetail() {
        var state = F.withFollowers()
        send(&state, .command(.toggleDetail), .command(.open))
        #expect(state.showDetail)
        #expect(state.accountScreen.focus == .detail)
    }

    @Test func backGoesFromTheDetailToTheListToTheMenuAndStaysThere() {
        var state = F.withFollowers()
        send(&state, .command(.open))
        var order: [AccountFocus] = []
        for _ in 0..<3 {
            #expect(reduce(&state, .command(.back)) == .none)
            order.append(state.accountScreen.focus)
        }
        #expect(order == [.list, .menu, .menu])
        #expect(state.screen == .account)
    }

    @Test func openingBoardsIFollowShowsThemOnTheBoardsScreen() {
        var state = F.onAccount()
        F.choose(.followedBoards, in: &state)
        #expect(state.detailSubject == nil)
        #expect(state.focusedPane == nil)
        let effect = reduce(&state, .command(.open))
        #expect(effect == .request(id: .pane(.followedBoards), .page(PageRequest(source: .followedBoards))))
        #expect(state.screen == .boards)
        #expect(state.boardsScreen.list == .followed)
        #expect(state.boardsScreen.focus == .boards)
        #expect(state.accountScreen.section == .followedBoards, "the account screen is as it was left")
    }

    @Test func openingBoardsIFollowWithTheFocusBesideTheMenuShowsThemToo() {
        var state = F.onAccount()
        F.choose(.followedBoards, in: &state)
        send(&state, .command(.focusNext))
        #expect(state.accountScreen.focus == .list)
        let effect = reduce(&state, .command(.open))
        #expect(effect == .request(id: .pane(.followedBoards), .page(PageRequest(source: .followedBoards))))
        #expect(state.screen == .boards)
        #expect(state.boardsScreen.list == .followed)
    }

    // MARK: - The profile where the lists go

    /// A profile with every field, on an 80x24 terminal, the profile part focused.
    private static func profileFocusedOnASmallTerminal() -> AppState {
        let full = Account(
            accountType: .business, id: "2783136121146311751", websiteUrl: "https://example.com/studio", username: "jules",
            about: "Cooking, gardens and type — the studio's boards, pinned daily.", businessName: "Jules Studio",
            boardCount: 12, pinCount: 480, followerCount: 120, followingCount: 40, monthlyViews: 48_213)
        var state = AppState(keymap: Fixture.keymap, apiHost: "127.0.0.1", terminalSize: .init(width: 80, height: 24))
        send(&state, .appStarted, .accountLoaded(full), .command(.showAccount), .command(.open))
        return state
    }

    /// The lines the profile has below the list area's first screenful.
    private static func lastProfileScroll(_ state: AppState) -> Int {
        DetailLayout.lastScroll(state.accountProfileContent, in: DetailLayout.textArea(ofPane: state.layout!.accountList).size)
    }

    @Test func theListKeysScrollTheProfileWhenItIsCutAndStopAtItsEnds() {
        var state = Self.profileFocusedOnASmallTerminal()
        #expect(state.accountScreen.focus == .list)
        let last = Self.lastProfileScroll(state)
        #expect(last > 1, "an 80x24 terminal cannot show this profile whole")

        #expect(reduce(&state, .command(.moveDown)) == .none)
        #expect(state.accountScreen.profileScroll == 1)
        send(&state, .command(.goBottom))
        #expect(state.accountScreen.profileScroll == last)
        send(&state, .command(.moveDown))
        #expect(state.accountScreen.profileScroll == last, "it stops at the last line")
        send(&state, .command(.moveUp))
        #expect(state.accountScreen.profileScroll == last - 1)
        send(&state, .command(.goTop))
        #expect(state.accountScreen.profileScroll == 0)
        send(&state, .command(.moveUp))
        #expect(state.accountScreen.profileScroll == 0)
        #expect(state.accountScreen.section == .profile, "the menu's choice stays")
    }

    @Test func theProfileDoesNotScrollWhenItIsWholeInView() {
        var state = F.onAccount()
        send(&state, .command(.open))
        #expect(Self.lastProfileScroll(state) == 0)
        send(&state, .command(.moveDown))
        #expect(state.accountScreen.profileScroll == 0)
        #expect(state.statusMessage == "The whole profile is in view")
    }

    @Test func theMenuKeysStillChooseThePartWhileTheMenuHasTheFocus() {
        var state = Self.profileFocusedOnASmallTerminal()
        send(&state, .command(.back), .command(.moveDown))
        #expect(state.accountScreen.section == .followers)
        #expect(state.accountScreen.profileScroll == 0)
    }

    // MARK: - What the screen derives

    @Test func theDetailDescribesTheChosenPartsSelection() {
        var state = F.withFollowers([F.person("ana"), F.person("ben")])
        send(&state, .command(.moveDown))
        #expect(state.detailSubject == .person(F.person("ben")))

        state = F.withFollowing([F.person("cleo")])
        #expect(state.detailSubject == .person(F.person("cleo")))

        state = F.withWebsites()
        #expect(state.detailSubject == .website(F.websites[0]))

        state = F.onAccount()
        F.choose(.businesses, in: &state)
        #expect(state.detailSubject == nil, "nothing loaded yet")
        send(&state, .accountScreen(.businessesLoaded(F.businessesPage, [F.business("jules_shop")])))
        #expect(state.detailSubject == .business(F.business("jules_shop")))
        F.choose(.profile, in: &state)
        #expect(state.detailSubject == .profile(F.profile))
    }

    @Test func theFocusedPaneIsTheChosenPartsListWhereverTheFocus() {
        var state = F.withFollowers()
        #expect(state.focusedPane == .followers)
        #expect(state.panesOnScreen == [.followers])
        send(&state, .command(.open))
        #expect(state.focusedPane == .followers, "list keys in the detail act on its list")
        #expect(state.isDetailFocused)
        send(&state, .command(.back), .command(.back))
        #expect(state.accountScreen.focus == .menu)
        #expect(state.focusedPane == .followers, "retry and sort act on it from the menu")
        #expect(!state.isDetailFocused)
        F.choose(.profile, in: &state)
        #expect(state.focusedPane == nil, "the profile is no list")
        send(&state, .command(.open))
        #expect(state.focusedPane == nil)
        #expect(state.panesOnScreen.isEmpty)
        #expect(state.activePinsPane == nil)
    }

    @Test(arguments: [AccountFocus.menu, .list, .detail])
    func theAccountContextAppliesInEveryPane(focus: AccountFocus) {
        var state = F.withFollowers()
        state.accountScreen.focus = focus
        #expect(state.activeContext == .account)
        #expect(state.activeContexts == [.account, .list, .global])
    }

    // MARK: - Commands of other screens

    @Test(arguments: [
        (Command.createBoard, "Not on the account screen: new board"),
        (.deletePins, "Not on the account screen: delete the pin, or the marked pins…"),
        (.toggleMark, "Not on the account screen: mark or unmark the pin, then go to the next"),
        (.cyclePinFilter, "Not on the account screen: next pin filter"),
    ])
    func commandsOfOtherScreensSaySoAndDoNothing(command: Command, message: String) {
        var state = F.withFollowers()
        var expected = state
        expected.statusMessage = message
        #expect(reduce(&state, .command(command)) == .none)
        #expect(state == expected)
    }
}
