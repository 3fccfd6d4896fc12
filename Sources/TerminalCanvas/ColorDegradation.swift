extension Color {
    /// The nearest colour a terminal with `capability` can show: RGB goes to the nearest xterm-256 index,
    /// that to the nearest standard colour of the same kind (a grey to a grey, a hue to a hue: see
    /// `XtermPalette.nearestStandardIndex`), bright ones to their normal eight on an eight-colour
    /// terminal, and everything to the terminal default when there is no colour at all.
    ///
    /// Bright black becomes black on an eight-colour terminal; `Style.degraded(to:)` does better when it
    /// knows whether the colour is a foreground or a background.
    public func degraded(to capability: ColorCapability) -> Color {
        switch (self, capability) {
        case (.terminalDefault, _), (_, .none):
            return .terminalDefault
        case (.rgb(let red, let green, let blue), .indexed256):
            return .indexed(XtermPalette.nearestIndex(red: red, green: green, blue: blue))
        case (.rgb(let red, let green, let blue), _):
            return Color.indexed(XtermPalette.nearestIndex(red: red, green: green, blue: blue)).degraded(to: capability)
        case (.indexed(let index), .indexed256):
            return .indexed(index)
        case (.indexed(let index), _):
            let standard = XtermPalette.nearestStandardIndex(to: index, brightColors: capability == .sixteen)
            return Color.ansi(standard).degraded(to: capability)
        case (.ansi(let index), .eight):
            return .ansi(index % 8)
        case (.ansi(let index), _):
            return .ansi(index % 16)
        }
    }

    /// Whether this is, or degrades on a sixteen-colour terminal to, bright black: the mid grey that
    /// an eight-colour terminal does not have.
    var isBrightBlack: Bool {
        degraded(to: .sixteen) == .ansi(8)
    }
}

extension Style {
    /// Both colours degraded to `capability`, attributes kept, and never a foreground in the colour of
    /// its background. Without colour, a style that relied on a background to stand out (a selection, a
    /// status bar) is drawn in reverse so it stays visible; a black background (or one that is black with
    /// sixteen colours) is the theme's canvas, not a highlight, and stays as it is. With eight colours, the mid grey that dark
    /// themes use for borders and secondary text and light themes for raised bars (bright black) would
    /// become black or vanish: as a foreground it becomes the terminal's own text colour, dimmed; as a
    /// background, reverse video.
    public func degraded(to capability: ColorCapability) -> Style {
        var style = Style(
            foreground: foreground.degraded(to: capability),
            background: background.degraded(to: capability),
            attributes: attributes
        )
        if capability == .none, background != .terminalDefault, background.degraded(to: .sixteen) != .ansi(0) {
            style.attributes.insert(.reverse)
        }
        if capability == .eight {
            if foreground.isBrightBlack {
                style.foreground = .terminalDefault
                style.attributes.insert(.dim)
            }
            if background.isBrightBlack {
                style.background = .terminalDefault
                style.attributes.insert(.reverse)
            }
        }
        if style.foreground == style.background, style.foreground != .terminalDefault {
            style.foreground = XtermPalette.isLight(style.background) ? .ansi(0) : .ansi(7)
        }
        return style
    }
}
