import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// Page down and up in the account screen's lists move by exactly the rows the view draws there,
/// with the detail below the lists, beside them (140 columns and up), or hidden.
@Suite struct AccountPagingTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    @Test(arguments: sizes, [true, false])
    func pageDownAndUpMoveByTheRowsDrawn(size: Size, showDetail: Bool) throws {
        let people = (1...300).map { UserSummary(type: "user", username: "person\($0)") }
        var state = AccountScenes.onAccount(size)
        state.showDetail = showDetail
        state.accountScreen.section = .followers
        state.accountScreen.focus = .list
        state.accountScreen.followers = Fixtures.pane(.followers, people)
        let drawn = try Self.drawnPeople(in: state)
        #expect(drawn > 1)
        #expect(state.pageRows(of: .followers) == drawn)

        var selected: [Int?] = []
        for command in [Command.pageDown, .pageDown, .pageUp, .pageUp] {
            _ = reduce(&state, .command(command))
            selected.append(state.accountScreen.followers.selectedIndex)
        }
        #expect(selected == [drawn, 2 * drawn, drawn, 0])
    }

    /// How many people the followers list draws: the rows of its pane that show a username.
    private static func drawnPeople(in state: AppState) throws -> Int {
        let list = try #require(state.layout?.accountList)
        let lines = AppView.render(state, theme: Fixtures.theme).text().split(separator: "\n", omittingEmptySubsequences: false)
        return lines[list.y..<list.maxY].filter { line in
            let columns = Array(line)
            let inside = columns.dropFirst(list.x).prefix(list.width)
            return String(inside).contains("@person")
        }.count
    }
}
