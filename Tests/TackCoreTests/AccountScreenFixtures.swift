import Foundation
import PinterestAPI
import TackCore
import Testing

/// Builders for the account screen's reducer tests: people, websites, the page requests of its lists,
/// and states reached by sending the actions the app would.
enum AccountFixture {
    /// The signed-in account, with the counts the menu and the profile show.
    static let profile = Account(
        accountType: .business, username: "jules", boardCount: 12, pinCount: 480, followerCount: 120, followingCount: 40
    )

    static func person(_ username: String) -> UserSummary { UserSummary(type: "user", username: username) }

    /// fan1, fan2…
    static func fans(_ count: Int, from first: Int = 1) -> [UserSummary] {
        (first..<first + count).map { person("fan\($0)") }
    }

    static func website(_ address: String, status: String = "verified", day: Int? = 20_000) -> UserWebsiteSummary {
        UserWebsiteSummary(website: address, status: status, verifiedAt: day.map(Fixture.day))
    }

    static let websites = [website("example.com"), website("shop.example.com/store", status: "pending", day: nil)]

    static func business(_ username: String) -> LinkedBusiness { LinkedBusiness(username: username) }

    static let failure = APIFailure(userMessage: "rate limited: wait 42 s", status: 429, isRetryable: true)

    // MARK: - The page requests of the account's lists

    static let followersPage = PageRequest(source: .followers)
    static func followingPage(_ type: UserFollowingFeedType? = nil) -> PageRequest { PageRequest(source: .following(type)) }
    static let businessesPage = PageRequest(source: .businesses)
    static let websitesPage = PageRequest(source: .websites)

    /// The effect that loads the first page of `request`'s list into its pane.
    static func load(_ request: PageRequest) -> Effect { .request(id: .pane(request.source.pane), .page(request)) }

    // MARK: - States

    /// After launch with the profile and two own boards loaded, on the boards screen.
    static func launched(keymap: Keymap = Fixture.keymap) -> AppState {
        var state = AppState(keymap: keymap, apiHost: "127.0.0.1", terminalSize: .init(width: 120, height: 40))
        send(&state, .appStarted, .accountLoaded(profile))
        send(&state, .boardsPageLoaded(PageRequest(source: .ownBoards), Fixture.boards(2), bookmark: nil))
        return state
    }

    /// The account screen on its profile, the focus on the menu.
    static func onAccount(keymap: Keymap = Fixture.keymap) -> AppState {
        var state = launched(keymap: keymap)
        send(&state, .command(.showAccount))
        return state
    }

    /// Moves the menu's choice to `section` from the top (the focus must be on the menu); returns the
    /// effect of the last move.
    @discardableResult
    static func choose(_ section: AccountSection, in state: inout AppState) -> Effect {
        var effect = reduce(&state, .command(.goTop))
        for _ in 0..<(AccountSection.allCases.firstIndex(of: section) ?? 0) {
            effect = reduce(&state, .command(.moveDown))
        }
        #expect(state.accountScreen.section == section)
        return effect
    }

    /// The followers listed (`people`, then more pages when `bookmark` is set), the focus on the list.
    static func withFollowers(_ people: [UserSummary] = fans(3), bookmark: String? = nil) -> AppState {
        var state = onAccount()
        choose(.followers, in: &state)
        send(&state, .accountScreen(.peoplePageLoaded(followersPage, people, bookmark: bookmark)), .command(.open))
        return state
    }

    /// Everyone the account follows listed, the focus on the list.
    static func withFollowing(_ people: [UserSummary], in state: AppState = onAccount()) -> AppState {
        var state = state
        state.accountScreen.focus = .menu
        choose(.following, in: &state)
        send(&state, .accountScreen(.peoplePageLoaded(followingPage(), people, bookmark: nil)), .command(.open))
        return state
    }

    /// The websites listed, the focus on the list.
    static func withWebsites(_ sites: [UserWebsiteSummary] = websites, keymap: Keymap = Fixture.keymap) -> AppState {
        var state = onAccount(keymap: keymap)
        choose(.websites, in: &state)
        send(&state, .accountScreen(.websitesPageLoaded(websitesPage, sites, bookmark: nil)), .command(.open))
        return state
    }

    /// The usernames listed in a people pane, in order.
    static func usernames(_ pane: ListPane<UserSummary>) -> [String] { pane.visibleItems.map(\.id) }
}
