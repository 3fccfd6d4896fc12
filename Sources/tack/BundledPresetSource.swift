import TackCore
import TackPresets

/// The presets compiled into the binary from the repository's `keymaps/` and `themes/`.
struct BundledPresetSource: PresetSource {
    func keymapSource(named name: String) -> String? { BundledPresets.keymaps[name] }
    func themeSource(named name: String) -> String? { BundledPresets.themes[name] }
    var keymapNames: [String] { BundledPresets.keymaps.keys.sorted() }
    var themeNames: [String] { BundledPresets.themes.keys.sorted() }
}
