import TerminalCanvas

extension Theme {
    /// The theme as a terminal with `capability` should draw it. Without colour (`NO_COLOR`, or a
    /// monochrome terminal) a background cannot tell the focused pane's selection from the others':
    /// the focused one is drawn in reverse, the others underlined and never in reverse. With colour
    /// the theme is unchanged.
    public func adapted(to capability: ColorCapability) -> Theme {
        guard capability == .none else { return self }
        var styles = Dictionary(uniqueKeysWithValues: ThemeRole.allCases.map { ($0, style($0)) })
        var focused = style(.selection)
        focused.attributes.insert(.reverse)
        styles[.selection] = focused
        let unfocused = style(.selectionUnfocused)
        styles[.selectionUnfocused] = Style(attributes: unfocused.attributes.subtracting(.reverse).union(.underline))
        return Theme(name: name, styles: styles)
    }
}
