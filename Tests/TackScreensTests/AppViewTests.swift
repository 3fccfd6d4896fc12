import PinterestAPI
import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// Targeted checks of the whole screen that text snapshots cannot make: styles, and that the keys
/// shown follow the live keymap.
@Suite struct AppViewTests {
    private func lines(_ buffer: ScreenBuffer) -> [String] {
        buffer.text().components(separatedBy: "\n")
    }

    /// The (x, y) of the first cell of `text` on the screen.
    private func position(of text: String, in buffer: ScreenBuffer) throws -> (x: Int, y: Int) {
        let rows = lines(buffer)
        let y = try #require(rows.firstIndex { $0.contains(text) })
        let prefix = rows[y][..<(try #require(rows[y].range(of: text))).lowerBound]
        return (TextWidth.columns(of: String(prefix)), y)
    }

    @Test func selectedRowsUseTheFocusedAndUnfocusedSelectionStyles() throws {
        let screen = AppView.render(Fixtures.browsing(Size(width: 80, height: 24)), theme: Fixtures.theme)
        let pin = try position(of: "▸ Grilled peach salad", in: screen)
        let board = try position(of: "▸ Summer Recipes", in: screen)
        #expect(screen[pin.x + 2, pin.y].style == Fixtures.theme.style(.selection))
        #expect(screen[board.x + 2, board.y].style == Fixtures.theme.style(.selectionUnfocused))
    }

    @Test func swatchInTheWholeScreenHasThePinsColour() throws {
        let screen = AppView.render(Fixtures.browsing(Size(width: 160, height: 50)), theme: Fixtures.theme)
        let swatch = try position(of: "███", in: screen)
        #expect(screen[swatch.x, swatch.y].style.foreground == .rgb(0xE8, 0xA2, 0x6B))
    }

    @Test func statusLineKeysFollowTheLiveKeymap() throws {
        var state = Fixtures.browsing(Size(width: 120, height: 30))
        #expect(lines(AppView.render(state, theme: Fixtures.theme)).last?.contains("/ filter") == true)
        state.keymap = Keymap([
            .list: [.filter: [try KeySequence(parsing: "ctrl-f")], .open: [try KeySequence(parsing: "o")]],
            .global: [.help: [try KeySequence(parsing: "f1")]],
        ])
        let screen = lines(AppView.render(state, theme: Fixtures.theme))
        let status = try #require(screen.last)
        #expect(status.contains("o open · ctrl-f filter · f1 help"))
        #expect(!status.contains("/ filter"))
        #expect(screen[0].hasSuffix("f1 help"))
    }

    @Test func headerNamesTheAccountHostAndWhatIsLoading() {
        var state = Fixtures.browsing(Size(width: 100, height: 30))
        state.account = .loaded(Account(username: "ju\u{1B}[2Jles"))
        state.pins.phase = .loadingMore
        let header = lines(AppView.render(state, theme: Fixtures.theme))[0]
        #expect(header.hasPrefix(" Tack · @jules · api.pinterest.com"))
        #expect(header.contains("⟳ loading pins…   ? help"))
    }

    @Test func hidingTheDetailGivesThePanesTheScreen() {
        var state = Fixtures.browsing(Size(width: 80, height: 24))
        state.showDetail = false
        let text = AppView.render(state, theme: Fixtures.theme).text()
        #expect(!text.contains("┌ Pin "))
        #expect(lines(AppView.render(state, theme: Fixtures.theme))[22].hasPrefix("└"))
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
        #expect(lines(wide)[1].hasSuffix("┐┌ Pin " + String(repeating: "─", count: 49) + "┐"))
    }
}
