import TackCore
import TackScreens
import Testing
import TerminalCanvas

/// Without colour (the mono theme, or `NO_COLOR` degrading any theme) the focused pane stands out by
/// more than its bold title: its selection is reversed, the other panes' selections are underlined.
@Suite struct FocusWithoutColourTests {
    static let size = Size(width: 80, height: 24)

    /// Each cell as a terminal without colour draws it.
    private static func withoutColour(_ screen: ScreenBuffer) -> ScreenBuffer {
        var screen = screen
        for y in 0..<screen.size.height {
            for x in 0..<screen.size.width {
                screen[x, y].style = screen[x, y].style.degraded(to: .none)
            }
        }
        return screen
    }

    /// The styles of the selected rows of the boards (x 1), sections (x 29) and pins (x 49) panes.
    private static func selectionStyles(_ screen: ScreenBuffer) -> (boards: Style, sections: Style, pins: Style) {
        (screen[2, 2].style, screen[30, 3].style, screen[50, 2].style)
    }

    @Test(arguments: ["default", "light", "high-contrast", "mono"])
    func onlyTheFocusedSelectionIsReversed(themeName: String) throws {
        let theme = try ShippedThemes.theme(themeName).adapted(to: .none)
        let screen = Self.withoutColour(AppView.render(Fixtures.browsing(Self.size), theme: theme))
        let styles = Self.selectionStyles(screen)
        #expect(styles.pins.attributes.contains(.reverse), "the focused pins pane's selection")
        for other in [styles.boards, styles.sections] {
            #expect(!other.attributes.contains(.reverse))
            #expect(other.attributes.contains(.underline))
        }
    }

    @Test func theMonoThemeUnderlinesTheOtherPanesSelection() throws {
        try expectThemedSnapshot(Fixtures.browsing(Self.size), named: "focus", theme: "mono")
    }

    @Test func noColourDegradesTheDefaultThemeWithTheFocusStillPlain() throws {
        let theme = try ShippedThemes.theme("default").adapted(to: .none)
        let screen = Self.withoutColour(AppView.render(Fixtures.browsing(Self.size), theme: theme))
        expectSnapshot(
            screen.text() + "\n\n--- styles ---\n" + StyleMap.text(of: screen, base: .plain),
            named: "focus-no-color-80x24")
    }

    @Test func withColourTheThemeIsUnchanged() throws {
        let theme = try ShippedThemes.theme("default")
        for capability in [ColorCapability.eight, .sixteen, .indexed256] {
            #expect(theme.adapted(to: capability) == theme)
        }
    }
}
