import Foundation
import TackCore
@testable import TerminalCanvas
import Testing

/// Every shipped theme stays readable at every colour depth.
///
/// The rule: every pair of colours the views draw (a role's foreground on its background, which is the
/// terminal's own background when the role leaves it out: a view's write replaces the background), after
/// lowering to the depth, has a WCAG contrast ratio of at least 3:1 when the colours are exact (true
/// colour and the 256 palette: 3:1 is WCAG's minimum for large text and interface parts), and at least
/// 2:1 with 16 or 8 colours, whose palette is the user's own (modelled by xterm's defaults): loose
/// enough for xterm's light standard hues, strict enough to catch a colour that lands on its background
/// (black on black is 1:1, light grey on white 1.3:1, cyan on white 2:1). And a selected row's
/// background differs from an ordinary row's, so the selection stays visible.
///
/// Colours are resolved on a model terminal: xterm's default palette, and for the terminal default the
/// colours of the terminal the theme is made for (light grey on black, or black on white); reverse video
/// swaps the two, dim text is drawn halfway to its background.
@Suite("Theme contrast")
struct ThemeContrastTests {
    /// The terminal each shipped theme is made for; a new theme must say.
    static let terminals: [String: ModelTerminal] = [
        "default": .dark, "high-contrast": .dark, "mono": .dark, "light": .light,
    ]

    static let depths: [ColorCapability?] = [nil] + ColorCapability.allCases.reversed()

    @Test("every shipped theme names the terminal it is made for")
    func everyThemeIsModelled() {
        #expect(Set(TestFiles.presets.themeNames) == Set(Self.terminals.keys))
    }

    @Test("every drawn pair stays readable", arguments: ThemeLoaderTests.presetNames, depths)
    func readable(themeName: String, depth: ColorCapability?) throws {
        let theme = try ThemeLoader.load(themeName, givenIn: .option("--theme"), presets: TestFiles.presets)
        let terminal = try #require(Self.terminals[themeName])
        let minimum = depth.map { $0 >= .indexed256 } ?? true ? 3.0 : 2.0
        for role in ThemeRole.allCases {
            let shown = terminal.shown(theme.style(role), at: depth)
            let ratio = ModelTerminal.contrast(shown.text, shown.background)
            #expect(ratio >= minimum, "\(themeName) [\(role.rawValue)] at \(Self.name(depth)): \(shown) is \(ratio):1")
        }
    }

    @Test("the selected rows stand out from the others", arguments: ThemeLoaderTests.presetNames, depths)
    func selectionVisible(themeName: String, depth: ColorCapability?) throws {
        let theme = try ThemeLoader.load(themeName, givenIn: .option("--theme"), presets: TestFiles.presets)
        let terminal = try #require(Self.terminals[themeName])
        let row = terminal.shown(theme.style(.text), at: depth).background
        for role in [ThemeRole.selection, .selectionUnfocused] {
            let style = theme.style(role)
            let selected = terminal.shown(style, at: depth).background
            // Without colour the other panes' selection is underlined instead (the focused one alone is reversed).
            let underlined = role == .selectionUnfocused && style.attributes.contains(.underline)
            #expect(selected != row || underlined, "\(themeName) [\(role.rawValue)] at \(Self.name(depth)) has the rows' background")
        }
    }

    private static func name(_ depth: ColorCapability?) -> String {
        depth.map { "\($0)" } ?? "true colour"
    }
}

/// A terminal for the contrast rule: xterm's palette and the default colours of a dark or a light terminal.
struct ModelTerminal {
    typealias RGB = (red: Int, green: Int, blue: Int)

    var defaultForeground: RGB
    var defaultBackground: RGB

    static let dark = ModelTerminal(defaultForeground: (229, 229, 229), defaultBackground: (0, 0, 0))
    static let light = ModelTerminal(defaultForeground: (0, 0, 0), defaultBackground: (255, 255, 255))

    /// The colours a cell in `style` shows at `depth` (nil: true colour, as written).
    func shown(_ style: Style, at depth: ColorCapability?) -> Shown {
        let drawn = depth.map(style.degraded(to:)) ?? style
        var text = rgb(drawn.foreground, or: defaultForeground)
        var background = rgb(drawn.background, or: defaultBackground)
        if drawn.attributes.contains(.reverse) {
            swap(&text, &background)
        }
        if drawn.attributes.contains(.dim) {
            text = ((text.red + background.red) / 2, (text.green + background.green) / 2, (text.blue + background.blue) / 2)
        }
        return Shown(text: text, background: background)
    }

    private func rgb(_ color: Color, or terminalDefault: RGB) -> RGB {
        switch color {
        case .terminalDefault: terminalDefault
        case .ansi(let index), .indexed(let index): XtermPalette.rgb(of: index)
        case .rgb(let red, let green, let blue): (Int(red), Int(green), Int(blue))
        }
    }

    /// WCAG 2 contrast ratio, 1 (same luminance) to 21 (black and white).
    static func contrast(_ first: RGB, _ second: RGB) -> Double {
        let (lighter, darker) = (max(luminance(first), luminance(second)), min(luminance(first), luminance(second)))
        return (lighter + 0.05) / (darker + 0.05)
    }

    private static func luminance(_ color: RGB) -> Double {
        func linear(_ channel: Int) -> Double {
            let value = Double(channel) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }

    struct Shown: Equatable, CustomStringConvertible {
        var text: RGB
        var background: RGB

        static func == (lhs: Shown, rhs: Shown) -> Bool {
            lhs.text == rhs.text && lhs.background == rhs.background
        }

        var description: String { "text \(text) on \(background)" }
    }
}
