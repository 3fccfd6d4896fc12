import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// Targeted checks of the whole screen that text snapshots cannot make: styles, and that the keys
/// shown follow the live keymap.
@Suite struct AppViewTests {
    @Test func selectedRowsUseTheFocusedAndUnfocusedSelectionStyles() throws {
        let screen = AppView.render(Fixtures.browsing(Size(width: 80, height: 24)), theme: Fixtures.theme)
        let pin = try screen.position(of: "▸ Grilled peach salad")
        let board = try screen.position(of: "▸ Summer Recipes")
        #expect(screen[pin.x + 2, pin.y].style == Fixtures.theme.style(.selection))
        #expect(screen[board.x + 2, board.y].style == Fixtures.theme.style(.selectionUnfocused))
    }

    @Test func swatchInTheWholeScreenHasThePinsColour() throws {
        let screen = AppView.render(Fixtures.browsing(Size(width: 160, height: 50)), theme: Fixtures.theme)
        let swatch = try screen.position(of: "███")
        #expect(screen[swatch.x, swatch.y].style.foreground == .rgb(0xE8, 0xA2, 0x6B))
    }

    @Test func statusLineKeysFollowTheLiveKeymap() throws {
        var state = Fixtures.browsing(Size(width: 120, height: 30))
        #expect(AppView.render(state, theme: Fixtures.theme).lines.last?.contains("/ filter") == true)
        state.keymap = Keymap([
            .list: [.filter: [try KeySequence(parsing: "ctrl-f")], .open: [try KeySequence(parsing: "o")]],
            .global: [.help: [try KeySequence(parsing: "f1")]],
        ])
        let screen = AppView.render(state, theme: Fixtures.theme).lines
        let status = try #require(screen.last)
        #expect(status.contains("o view · ctrl-f filter · f1 more"))
        #expect(!status.contains("/ filter"))
        #expect(screen[0].hasSuffix("f1 help"))
    }

    @Test func writeKeysAreOfferedOnlyForTheAccountsOwnBoards() throws {
        var state = Fixtures.browsing(Size(width: 160, height: 30))
        #expect(AppView.render(state, theme: Fixtures.theme).lines.last?.contains("m move") == true)
        state.boardsScreen.boards.items.removeAll { $0.id == Fixtures.summerRecipes.id }   // now a board someone else owns
        let pinsStatus = try #require(AppView.render(state, theme: Fixtures.theme).lines.last)
        #expect(!pinsStatus.contains("m move") && !pinsStatus.contains("new"))
        state.boardsScreen.focus = .sections
        let sectionsStatus = try #require(AppView.render(state, theme: Fixtures.theme).lines.last)
        #expect(sectionsStatus.contains("enter open") && !sectionsStatus.contains("rename"))
    }

    @Test func headerNamesTheScreenTheAccountHostAndWhatIsLoading() {
        var state = Fixtures.browsing(Size(width: 100, height: 30))
        state.account = .loaded(Account(username: "ju\u{1B}[2Jles"))
        state.boardsScreen.pins.phase = .loadingMore
        let header = AppView.render(state, theme: Fixtures.theme).lines[0]
        #expect(header.hasPrefix(" Tack  [Boards]  My pins   Account   Analytics   │ @jules · api."))
        #expect(header.contains("⟳ loading pins…   ? help"))
        state.screen = .account
        state.boardsScreen.pins.phase = .loaded
        state.adAccountId = "549755885175"
        let account = AppView.render(state, theme: Fixtures.theme).lines[0]
        #expect(account.hasPrefix(" Tack   Boards   My pins  [Account]  Analytics   │ @jules · for ad account 549755885175 · "))
        state.terminalSize = Size(width: 80, height: 24)
        let narrow = AppView.render(state, theme: Fixtures.theme).lines[0]
        #expect(narrow.hasPrefix(" Tack  [Account]  │ @jules · for ad account 549755885175 · api."), "only the screen on view")
    }

    @Test func hidingTheDetailGivesThePanesTheScreen() {
        var state = Fixtures.browsing(Size(width: 80, height: 24))
        state.showDetail = false
        let text = AppView.render(state, theme: Fixtures.theme).text()
        #expect(!text.contains("┌ Pin "))
        #expect(AppView.render(state, theme: Fixtures.theme).lines[22].hasPrefix("└"))
    }

    @Test func resizingReLaysOutAtOnce() {
        var state = Fixtures.browsing(Size(width: 80, height: 24))
        #expect(AppView.render(state, theme: Fixtures.theme).size == Size(width: 80, height: 24))
        state.terminalSize = Size(width: 59, height: 24)
        #expect(AppView.render(state, theme: Fixtures.theme).text().contains("Terminal too small: 59x24 (need 60x15)"))
        state.terminalSize = Size(width: 160, height: 50)
        let wide = AppView.render(state, theme: Fixtures.theme)
        #expect(wide.size == Size(width: 160, height: 50))
        // The detail pane moves beside the lists: 35% of 160 columns.
        #expect(wide.lines[1].hasSuffix("┐┌ Pin " + String(repeating: "─", count: 49) + "┐"))
    }
}
