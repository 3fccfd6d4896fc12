import Foundation

/// The config file, keymap and theme Tack starts with. A command-line option wins over the config
/// file, which wins over the default; a theme or keymap value that names neither a preset nor a
/// file is reported where it was given (`config.toml:2: no theme "solarized" …`, `--keymap: …`).
public struct StartupConfiguration: Sendable {
    public var config: TackConfig
    public var keymap: Keymap
    public var theme: Theme

    /// `configFile`, `theme` and `keymap` are the values of `--config`, `--theme` and `--keymap`.
    public static func load(
        configFile: String?, theme: String?, keymap: String?,
        environment: [String: String], presets: some PresetSource
    ) throws(ConfigurationError) -> StartupConfiguration {
        let config = try TackConfig.load(from: configFile, environment: environment)
        let keymapChoice = choice(option: keymap, named: "--keymap", setting: config.keymap, at: config.origins["keymap"])
        let themeChoice = choice(option: theme, named: "--theme", setting: config.theme, at: config.origins["theme"])
        return StartupConfiguration(
            config: config,
            keymap: try loadKeymap(keymapChoice.value, givenIn: keymapChoice.origin, environment: environment, presets: presets),
            theme: try ThemeLoader.load(themeChoice.value, givenIn: themeChoice.origin, presets: presets))
    }

    /// The option's value, else the config file's setting, else "default"; with where it was given.
    private static func choice(
        option: String?, named optionName: String, setting: String?, at settingOrigin: SettingOrigin?
    ) -> (value: String, origin: SettingOrigin) {
        if let option { return (option, .option(optionName)) }
        if let setting { return (setting, settingOrigin ?? .option(optionName)) }
        return ("default", .option(optionName))
    }

    /// `value` names a preset or a file extending one; with a preset chosen, the user's keymap.toml,
    /// when it exists, extends that preset.
    private static func loadKeymap(
        _ value: String, givenIn origin: SettingOrigin, environment: [String: String], presets: some PresetSource
    ) throws(ConfigurationError) -> Keymap {
        let choice: PresetChoice
        do throws(FileDiagnostic) {
            choice = try PresetChoice.resolve(value, kind: "keymap", presetNames: presets.keymapNames, origin: origin)
        } catch {
            throw ConfigurationError(.keymap, diagnostics: [error])
        }
        switch choice {
        case .preset(let name):
            let userFile = ConfigPaths.keymapFile(environment: environment).flatMap {
                FileManager.default.fileExists(atPath: $0) ? $0 : nil
            }
            return try KeymapLoader.load(preset: name, userFile: userFile, presets: presets)
        case .file(let path):
            return try KeymapLoader.load(preset: "default", userFile: path, presets: presets)
        }
    }
}
