/// Where the shipped keymap and theme presets come from (the repository's `keymaps/` and `themes/`
/// directories, or the resources the executable bundles).
public protocol PresetSource: Sendable {
    /// The TOML text of the keymap preset with this name ("default", "vim", "emacs"), if it exists.
    func keymapSource(named: String) -> String?
    /// The TOML text of the theme preset with this name ("default", "light", …), if it exists.
    func themeSource(named: String) -> String?
    /// The names of every keymap preset, sorted.
    var keymapNames: [String] { get }
    /// The names of every theme preset, sorted.
    var themeNames: [String] { get }
}
