/// The keymap and theme files shipped in the repository's `keymaps/` and `themes/` folders, compiled
/// into the binary by the EmbedPresets build plugin so that `tack` finds them wherever it is installed.
public enum BundledPresets {
    /// Keymap preset sources by name ("default", "vim", "emacs").
    public static let keymaps: [String: String] = files(in: "keymaps")
    /// Theme sources by name ("default", "light", "high-contrast", "mono").
    public static let themes: [String: String] = files(in: "themes")

    private static func files(in folder: String) -> [String: String] {
        let prefix = folder + "/"
        return Dictionary(uniqueKeysWithValues: embeddedPresetFiles.compactMap { key, text in
            key.hasPrefix(prefix) ? (String(key.dropFirst(prefix.count)), text) : nil
        })
    }
}
