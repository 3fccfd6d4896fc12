/// Where Tack looks for the user's files, following the XDG base directory rules.
public enum ConfigPaths {
    /// `$XDG_CONFIG_HOME/tack` when that is set to an absolute path, else `$HOME/.config/tack`;
    /// nil when neither is available.
    public static func directory(environment: [String: String]) -> String? {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return base + "/tack"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/tack"
    }

    /// The config file: `<directory>/config.toml`.
    public static func configFile(environment: [String: String]) -> String? {
        directory(environment: environment).map { $0 + "/config.toml" }
    }

    /// The user's keymap file: `<directory>/keymap.toml`.
    public static func keymapFile(environment: [String: String]) -> String? {
        directory(environment: environment).map { $0 + "/keymap.toml" }
    }
}
