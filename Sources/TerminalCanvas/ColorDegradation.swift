extension Color {
    /// The nearest colour a terminal with `capability` can show: RGB goes to the nearest xterm-256 index,
    /// that to the nearest of the 16 standard colours, bright ones to their normal eight, and everything
    /// to the terminal default when there is no colour at all.
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
            return Color.ansi(XtermPalette.nearestStandardIndex(to: index)).degraded(to: capability)
        case (.ansi(let index), .eight):
            return .ansi(index % 8)
        case (.ansi(let index), _):
            return .ansi(index % 16)
        }
    }
}

extension Style {
    /// Both colours degraded to `capability`, attributes kept. Without colour, a style that relied on a
    /// background to stand out (a selection, a status bar) is drawn in reverse so it stays visible.
    public func degraded(to capability: ColorCapability) -> Style {
        var attributes = attributes
        if capability == .none, background != .terminalDefault {
            attributes.insert(.reverse)
        }
        return Style(
            foreground: foreground.degraded(to: capability),
            background: background.degraded(to: capability),
            attributes: attributes
        )
    }
}
