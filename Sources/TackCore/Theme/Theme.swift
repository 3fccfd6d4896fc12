import TerminalCanvas

/// The style of every role, as loaded by `ThemeLoader`. Colours are as written in the file; the
/// terminal layer degrades them to what the terminal can show (`Color.degraded(to:)`).
public struct Theme: Sendable, Hashable {
    public var name: String
    private var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of `role`; `Style.plain` for a role the theme leaves out.
    public func style(_ role: ThemeRole) -> Style {
        styles[role] ?? .plain
    }
}
