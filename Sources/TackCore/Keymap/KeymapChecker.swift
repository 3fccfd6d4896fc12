/// Checks a keymap file the way the app loads it (over its `preset`, "default" if it names none),
/// for `tack keymap check FILE` and the refusal to start on a broken keymap.
public enum KeymapChecker {
    /// Unknown contexts, actions and keys, impossible keys, actions bound outside their contexts,
    /// and conflicts (see `KeymapConflictFinder` for the rule), each with file and line; empty when
    /// the file is fine.
    public static func check(fileAt path: String, presets: PresetSource) -> [KeymapDiagnostic] {
        KeymapLoader.build(preset: "default", userFile: path, presets: presets).1
    }
}
