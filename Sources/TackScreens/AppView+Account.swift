import PinterestAPI
import TackCore
import TerminalCanvas

/// The account screen: the menu of the account's parts, and the chosen part beside it.
extension AppView {
    static func drawAccountScreen(_ state: AppState, layout: ScreenLayout, on buffer: inout ScreenBuffer, theme: Theme) {
        let screen = state.accountScreen
        ListPaneView.draw(accountMenu(state), in: layout.accountMenu, on: &buffer, theme: theme)
        let listFocused = screen.focus == .list
        switch screen.section {
        case .profile:
            DetailPaneView.draw(
                state.accountProfileContent, scroll: screen.profileScroll, in: layout.accountList, focused: listFocused,
                on: &buffer, theme: theme)
        case .followedBoards:
            let key = key(for: .open, in: .account, state).map { "Press \($0) to open them" } ?? "Open them"
            let content = ListPaneContent(
                title: "Boards I follow", rows: [], loadedCount: 0, isCountKnown: false,
                emptyMessage: "\(key) on the boards screen, where they open into sections and pins like your own",
                isFocused: listFocused)
            ListPaneView.draw(content, in: layout.accountList, on: &buffer, theme: theme)
        case .followers, .following, .businesses, .websites:
            let list = accountList(state, rowsInView: rowsInView(layout.accountList))
            ListPaneView.draw(list, in: layout.accountList, on: &buffer, theme: theme)
        }
    }

    /// The menu: each part with its count where the profile or a loaded list gives one.
    private static func accountMenu(_ state: AppState) -> ListPaneContent {
        let screen = state.accountScreen
        let profile = state.account.value
        let rows = AccountSection.allCases.map { section -> ListRow in
            let count: String? = switch section {
            case .profile, .followedBoards: nil
            case .followers: profile?.followerCount.map(CountFormat.compact)
            case .following: profile?.followingCount.map(CountFormat.compact)
            case .businesses: loadedCount(screen.businesses)
            case .websites: loadedCount(screen.websites)
            }
            return AccountRows.menuRow(section, count: count)
        }
        return ListPaneContent(
            title: "Account", rows: rows, loadedCount: rows.count, isCountKnown: false, isLoading: state.account == .loading,
            errorMessage: state.account.failure?.userMessage, emptyMessage: "",
            selectedIndex: AccountSection.allCases.firstIndex(of: screen.section), isFocused: screen.focus == .menu)
    }

    private static func loadedCount<Item>(_ pane: ListPane<Item>) -> String? {
        pane.phase == .idle ? nil : "\(pane.loadedCount)\(pane.hasMore ? "+" : "")"
    }

    /// The chosen part's list.
    private static func accountList(_ state: AppState, rowsInView: Int) -> ListPaneContent {
        let screen = state.accountScreen
        let focused = screen.focus == .list
        let retryKey = key(for: .retry, in: .account, state)
        switch screen.section {
        case .following:
            let type = screen.followingType.map { DetailFormat.enumName($0.rawValue) }
            return ListPaneContent(
                pane: screen.following, title: "Following", qualifier: type,
                emptyMessage: type == nil ? "You follow no one yet" : "You follow no one of this type",
                rowsInView: rowsInView, isFocused: focused, retryKey: retryKey
            ) { AccountRows.person($0, note: screen.followers.item(withID: $0.id) != nil ? "follows you" : nil) }
        case .businesses:
            return ListPaneContent(
                pane: screen.businesses, title: "Linked businesses", emptyMessage: "No business accounts are linked",
                rowsInView: rowsInView, isFocused: focused, retryKey: retryKey, row: AccountRows.business)
        case .websites:
            return ListPaneContent(
                pane: screen.websites, title: "Websites", emptyMessage: "No websites claimed yet",
                rowsInView: rowsInView, isFocused: focused, retryKey: retryKey, row: AccountRows.website)
        case .followers, .profile, .followedBoards:
            return ListPaneContent(
                pane: screen.followers, title: "Followers", emptyMessage: "No followers yet",
                rowsInView: rowsInView, isFocused: focused, retryKey: retryKey
            ) { AccountRows.person($0, note: screen.isFollowing($0.id) ? "✓ following" : nil) }
        }
    }
}
