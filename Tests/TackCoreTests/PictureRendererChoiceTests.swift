import TackCore
import TerminalCanvas
import Testing

@Suite("Picture renderer choice from the terminal's answers")
struct PictureRendererChoiceTests {
    private static func answers(_ text: String) -> TerminalAnswers { TerminalAnswers(parsing: Array(text.utf8)) }

    private static func choose(
        _ answers: String, setting: ImagesSetting = .auto, tmux: Bool = false, program: String? = nil,
        colors: ColorCapability = .indexed256, utf8: Bool = true
    ) -> PictureRenderer {
        PictureRendererChoice.choose(setting, for: .init(
            answers: Self.answers(answers), insideTmux: tmux, termProgram: program, colors: colors, isUTF8: utf8))
    }

    static let kittyOK = "\u{1B}_Gi=31;OK\u{1B}\\"
    static let xtermDA = "\u{1B}[?64;1;2;6;9;15;18;21;22c"
    static let sixelDA = "\u{1B}[?62;4;22c"

    @Test func theAnswersAreReadOutOfWhatTheTerminalSent() {
        let parsed = Self.answers("x" + Self.kittyOK + "\u{1B}P>|WezTerm 20240203\u{1B}\\" + Self.sixelDA + "y")
        #expect(parsed.kittyGraphics)
        #expect(parsed.version == "WezTerm 20240203")
        #expect(parsed.deviceAttributes == [62, 4, 22])
        #expect(parsed.hasSixel)
        let refused = Self.answers("\u{1B}_Gi=31;ENOTSUPPORTED:no\u{1B}\\" + Self.xtermDA)
        #expect(!refused.kittyGraphics)
        #expect(!refused.hasSixel)
        #expect(Self.answers("").deviceAttributes == nil)
    }

    @Test func autoTakesWhatTheTerminalSaysItDraws() {
        #expect(Self.choose(Self.kittyOK + Self.xtermDA) == .graphics(.kitty), "kitty, ghostty, WezTerm")
        #expect(Self.choose("\u{1B}P>|iTerm2 3.5.0\u{1B}\\" + Self.xtermDA) == .graphics(.iterm))
        #expect(Self.choose(Self.sixelDA) == .graphics(.sixel), "foot, mlterm, xterm -ti vt340")
        #expect(Self.choose(Self.xtermDA) == .symbols, "xterm, GNOME Terminal, Alacritty")
        #expect(Self.choose("") == .symbols, "a terminal that says nothing")
    }

    @Test func termAloneIsNotEnough() {
        #expect(Self.choose("", program: "iTerm.app") == .symbols, "no answer at all: not trusted")
        #expect(Self.choose(Self.xtermDA, program: "iTerm.app") == .graphics(.iterm))
    }

    @Test func insideTmuxOnlyWhatAnswersThroughThePassthrough() {
        #expect(Self.choose(Self.xtermDA, tmux: true) == .symbols, "passthrough off: the kitty query got no answer")
        #expect(Self.choose(Self.kittyOK + Self.xtermDA, tmux: true) == .graphics(.kitty))
        #expect(Self.choose(Self.xtermDA, tmux: true, program: "iTerm.app") == .symbols, "TERM_PROGRAM leaks into tmux")
        #expect(Self.choose(Self.sixelDA, tmux: true) == .graphics(.sixel), "tmux built with sixel says so itself")
    }

    @Test func theSettingWinsAndNoColourOrNoUTF8GetsAFrame() {
        #expect(Self.choose(Self.kittyOK, setting: .symbols) == .symbols)
        #expect(Self.choose("", setting: .sixel) == .graphics(.sixel))
        #expect(Self.choose("", setting: .iterm) == .graphics(.iterm))
        #expect(Self.choose("", setting: .kitty) == .graphics(.kitty))
        #expect(Self.choose(Self.kittyOK, setting: .off) == .off)
        #expect(Self.choose(Self.kittyOK, setting: .auto, colors: .none) == .framed)
        #expect(Self.choose("", setting: .symbols, utf8: false) == .framed)
        #expect(Self.choose("", setting: .off, colors: .none) == .off)
    }

    @Test func theQueriesAskKittyVersionThenDeviceAttributesAndGoThroughTmux() {
        let plain = TerminalQueries.all(insideTmux: false)
        #expect(plain == "\u{1B}_Gi=31,s=1,v=1,a=q,t=d,f=24;AAAA\u{1B}\\\u{1B}[>0q\u{1B}[c")
        let tmux = TerminalQueries.all(insideTmux: true)
        #expect(tmux.hasPrefix("\u{1B}Ptmux;\u{1B}\u{1B}_Gi=31"))
        #expect(tmux.hasSuffix("\u{1B}\\\u{1B}[c"), "tmux answers the device attributes itself")
    }

    @Test func theConfigAcceptsTheRenderersByName() throws {
        for setting in ImagesSetting.allCases {
            #expect(ImagesSetting(rawValue: setting.rawValue) == setting)
        }
        #expect(ImagesSetting.names == "auto, kitty, sixel, iterm, symbols, off")
    }
}
