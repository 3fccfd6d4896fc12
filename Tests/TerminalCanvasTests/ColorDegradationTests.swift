import Testing
import TerminalCanvas

@Suite("Colour degradation")
struct ColorDegradationTests {
    @Test("Every colour becomes the terminal default without colour support", arguments: [
        Color.terminalDefault, .ansi(9), .indexed(200), .rgb(10, 20, 30),
    ])
    func none(color: Color) {
        #expect(color.degraded(to: .none) == .terminalDefault)
    }

    @Test("The terminal default stays itself", arguments: ColorCapability.allCases)
    func terminalDefault(capability: ColorCapability) {
        #expect(Color.terminalDefault.degraded(to: capability) == .terminalDefault)
    }

    @Test("RGB maps to the nearest cube or grey entry of the 256 palette", arguments: [
        (Color.rgb(255, 0, 0), Color.indexed(196)), (.rgb(0, 0, 0), .indexed(16)), (.rgb(255, 255, 255), .indexed(231)),
        (.rgb(0, 95, 135), .indexed(24)), (.rgb(128, 128, 128), .indexed(244)), (.rgb(250, 130, 10), .indexed(208)),
    ])
    func rgbTo256(color: Color, expected: Color) {
        #expect(color.degraded(to: .indexed256) == expected)
    }

    @Test("The 256 palette maps to the nearest of the 16 standard colours", arguments: [
        (Color.indexed(196), Color.ansi(9)), (.indexed(16), .ansi(0)), (.indexed(231), .ansi(15)), (.indexed(21), .ansi(4)), (.indexed(63), .ansi(12)),
        (.indexed(244), .ansi(8)), (.indexed(3), .ansi(3)), (.rgb(200, 0, 0), .ansi(1)),
    ])
    func to16(color: Color, expected: Color) {
        #expect(color.degraded(to: .sixteen) == expected)
    }

    @Test("Eight-colour terminals get bright colours as their normal variant", arguments: [
        (Color.ansi(9), Color.ansi(1)), (.ansi(4), .ansi(4)), (.indexed(231), .ansi(7)), (.rgb(255, 0, 0), .ansi(1)),
    ])
    func to8(color: Color, expected: Color) {
        #expect(color.degraded(to: .eight) == expected)
    }

    @Test("Pale colours keep their hue instead of turning grey; eight colours take the nearest normal hue", arguments: [
        (Color.rgb(255, 95, 95), Color.ansi(9), Color.ansi(1)), (.rgb(135, 175, 255), .ansi(12), .ansi(6)),
        (.rgb(0, 95, 175), .ansi(12), .ansi(4)), (.indexed(240), .ansi(8), .ansi(0)), (.indexed(252), .ansi(7), .ansi(7)),
    ])
    func hues(color: Color, sixteen: Color, eight: Color) {
        #expect(color.degraded(to: .sixteen) == sixteen)
        #expect(color.degraded(to: .eight) == eight)
    }

    @Test("With eight colours bright black text is the terminal's own colour dimmed, a bright black background reverse video")
    func brightBlackWithEightColours() {
        #expect(Style(foreground: .indexed(241)).degraded(to: .eight) == Style(attributes: .dim))
        #expect(Style(foreground: .ansi(8), attributes: .bold).degraded(to: .eight) == Style(attributes: [.bold, .dim]))
        #expect(Style(background: .indexed(238)).degraded(to: .eight) == Style(attributes: .reverse))
        #expect(Style(foreground: .indexed(250), background: .indexed(238)).degraded(to: .eight)
            == Style(foreground: .ansi(7), attributes: .reverse))
        #expect(Style(foreground: .indexed(241)).degraded(to: .sixteen) == Style(foreground: .ansi(8)))
    }

    @Test("A foreground never degrades to the colour of its background", arguments: [
        (Style(foreground: .ansi(15), background: .ansi(7)), ColorCapability.eight, Style(foreground: .ansi(0), background: .ansi(7))),
        (Style(foreground: .ansi(12), background: .ansi(4)), .eight, Style(foreground: .ansi(7), background: .ansi(4))),
        (Style(foreground: .rgb(250, 250, 250), background: .indexed(231)), .indexed256, Style(foreground: .ansi(0), background: .indexed(231))),
    ])
    func apart(style: Style, capability: ColorCapability, expected: Style) {
        #expect(style.degraded(to: capability) == expected)
    }

    @Test("Colours the terminal can show are kept", arguments: [Color.ansi(12), .indexed(77)])
    func kept(color: Color) {
        #expect(color.degraded(to: .indexed256) == color)
    }

    @Test("Styles keep their attributes; without colour a background turns into reverse video")
    func styles() {
        let selection = Style(foreground: .ansi(15), background: .rgb(0, 90, 200), attributes: .bold)
        #expect(selection.degraded(to: .none) == Style(attributes: [.bold, .reverse]))
        #expect(selection.degraded(to: .eight).attributes == .bold)
        let canvas = Style(foreground: .ansi(15), background: .ansi(0))
        #expect(canvas.degraded(to: .none) == .plain, "a black background is the canvas, not a highlight")
        let underlined = Style(foreground: .ansi(3), attributes: .underline)
        #expect(underlined.degraded(to: .none) == Style(attributes: .underline))
    }

    @Test("Capabilities are ordered from none to 256 colours")
    func ordering() {
        #expect(ColorCapability.none < .eight && ColorCapability.eight < .sixteen && ColorCapability.sixteen < .indexed256)
    }
}
