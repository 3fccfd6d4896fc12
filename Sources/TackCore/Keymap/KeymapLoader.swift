/// Builds the keymap from a shipped preset and an optional user file.
///
/// The user file (`$XDG_CONFIG_HOME/tack/keymap.toml`, or `--keymap FILE`) extends the preset: each
/// action it lists replaces the preset's keys for that action in that context (`[]` or `false`
/// disables it), everything else stays as the preset has it. A top-level `preset = "vim"` in the
/// user file chooses the preset it extends, overriding the `preset` argument.
public enum KeymapLoader {
    /// Loads a preset by name ("default", "vim", "emacs") and applies an optional user file over it.
    /// Throws every problem found (see `KeymapChecker`), so a typo never goes unnoticed.
    public static func load(preset: String, userFile: String?, presets: PresetSource) throws(ConfigurationError) -> Keymap {
        let (keymap, diagnostics) = build(preset: preset, userFile: userFile, presets: presets)
        guard diagnostics.isEmpty else { throw ConfigurationError(.keymap, diagnostics: diagnostics) }
        return keymap
    }

    /// The keymap and every problem found building it, sorted by file and line.
    static func build(preset: String, userFile: String?, presets: PresetSource) -> (Keymap, [KeymapDiagnostic]) {
        var diagnostics: [KeymapDiagnostic] = []
        var user: KeymapFile?
        if let userFile {
            do {
                user = KeymapFile(source: try TOMLSource(path: userFile))
            } catch {
                diagnostics.append(error)
            }
        }
        let presetName = user?.preset?.name ?? preset
        var bindings: [KeymapBinding] = []
        if let text = presets.keymapSource(named: presetName) {
            do {
                let base = KeymapFile(source: try TOMLSource(label: "keymaps/\(presetName).toml", text: text))
                bindings = base.bindings
                diagnostics += base.diagnostics
            } catch {
                diagnostics.append(error)
            }
        } else {
            let available = presets.keymapNames.map { "\"\($0)\"" }.joined(separator: ", ")
            diagnostics.append(KeymapDiagnostic(
                file: userFile ?? "keymap", line: user?.preset?.line ?? 1,
                message: "unknown keymap preset \"\(presetName)\" (presets: \(available))"))
        }
        if let user {
            diagnostics += user.diagnostics
            let replaced = Set(user.bindings.map { BindingSlot(context: $0.context, command: $0.command) })
            bindings.removeAll { replaced.contains(BindingSlot(context: $0.context, command: $0.command)) }
            bindings += user.bindings
        }
        diagnostics += KeymapConflictFinder.diagnostics(in: bindings)
        return (keymap(from: bindings), diagnostics.sorted())
    }

    /// What a user binding replaces in the preset: the command's keys in one context.
    private struct BindingSlot: Hashable {
        var context: KeyContext
        var command: Command
    }

    private static func keymap(from bindings: [KeymapBinding]) -> Keymap {
        var table: [KeyContext: [Command: [KeySequence]]] = [:]
        for binding in bindings {
            table[binding.context, default: [:]][binding.command] = binding.sequences
        }
        return Keymap(table)
    }
}
