import TerminalCanvas

/// Chooses what pictures are drawn with, from the setting, the terminal's answers and what it can
/// show. Pure, so every terminal's case is a test.
public enum PictureRendererChoice {
    /// What the terminal is, besides its answers.
    public struct Terminal: Hashable, Sendable {
        public var answers: TerminalAnswers
        /// Tack runs inside tmux (`TMUX` is set): its answers to the wrapped queries came through the
        /// passthrough, and the device attributes are tmux's own.
        public var insideTmux: Bool
        /// `TERM_PROGRAM` (iTerm.app, WezTerm…), a hint that only counts outside tmux.
        public var termProgram: String?
        public var colors: ColorCapability
        public var isUTF8: Bool

        public init(
            answers: TerminalAnswers, insideTmux: Bool = false, termProgram: String? = nil, colors: ColorCapability,
            isUTF8: Bool
        ) {
            self.answers = answers
            self.insideTmux = insideTmux
            self.termProgram = termProgram
            self.colors = colors
            self.isUTF8 = isUTF8
        }
    }

    /// `off` is off; without colour or UTF-8 every other setting gives a framed placeholder; a named
    /// renderer is used as asked; `auto` takes kitty graphics when the query answered OK, then iTerm2
    /// inline images when the terminal names itself iTerm2 (or, outside tmux, `TERM_PROGRAM` does),
    /// then sixel when the device attributes list 4, else symbols.
    public static func choose(_ setting: ImagesSetting, for terminal: Terminal) -> PictureRenderer {
        if setting == .off { return .off }
        guard terminal.colors != .none, terminal.isUTF8 else { return .framed }
        switch setting {
        case .off: return .off
        case .symbols: return .symbols
        case .kitty: return .graphics(.kitty)
        case .sixel: return .graphics(.sixel)
        case .iterm: return .graphics(.iterm)
        case .auto: return detected(terminal)
        }
    }

    private static func detected(_ terminal: Terminal) -> PictureRenderer {
        let answers = terminal.answers
        if answers.kittyGraphics { return .graphics(.kitty) }
        let namesITerm = answers.version?.hasPrefix("iTerm2") == true
            || (!terminal.insideTmux && terminal.termProgram == "iTerm.app" && answers.isComplete)
        if namesITerm { return .graphics(.iterm) }
        if answers.hasSixel { return .graphics(.sixel) }
        return .symbols
    }
}
