/// Where Tack's files live, following the XDG base directory rules: the config it reads, and the data
/// and state it writes.
public enum ConfigPaths {
    /// `$XDG_CONFIG_HOME/tack` when that is set to an absolute path, else `$HOME/.config/tack`;
    /// nil when neither is available.
    public static func directory(environment: [String: String]) -> String? {
        baseDirectory("XDG_CONFIG_HOME", fallback: ".config", environment: environment)
    }

    /// `$XDG_DATA_HOME/tack`, else `$HOME/.local/share/tack`: the demo sandbox's database.
    public static func dataDirectory(environment: [String: String]) -> String? {
        baseDirectory("XDG_DATA_HOME", fallback: ".local/share", environment: environment)
    }

    /// `$XDG_STATE_HOME/tack`, else `$HOME/.local/state/tack`: the log file.
    public static func stateDirectory(environment: [String: String]) -> String? {
        baseDirectory("XDG_STATE_HOME", fallback: ".local/state", environment: environment)
    }

    /// The config file: `<directory>/config.toml`.
    public static func configFile(environment: [String: String]) -> String? {
        directory(environment: environment).map { $0 + "/config.toml" }
    }

    /// The user's keymap file: `<directory>/keymap.toml`.
    public static func keymapFile(environment: [String: String]) -> String? {
        directory(environment: environment).map { $0 + "/keymap.toml" }
    }

    /// `$<variable>/tack` when the variable holds an absolute path, else `$HOME/<fallback>/tack`.
    private static func baseDirectory(_ variable: String, fallback: String, environment: [String: String]) -> String? {
        if let base = environment[variable], base.hasPrefix("/") {
            return base + "/tack"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/" + fallback + "/tack"
    }
}
