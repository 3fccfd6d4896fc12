/// How pictures are drawn, as chosen in config.toml (`images = "…"`) or with `--images`.
public enum ImagesSetting: String, CaseIterable, Sendable {
    /// Asks the terminal what it can draw (`PictureRendererChoice`).
    case auto
    case kitty, sixel, iterm, symbols
    /// No pictures at all.
    case off

    /// The accepted values, for messages: "auto, kitty, sixel, iterm, symbols, off".
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
