/// Where a setting's value was given, so a message about the value points there: a line of the
/// config file (`config.toml:2: no theme "solarized" …`) or a command-line option (`--theme: …`).
public struct SettingOrigin: Sendable, Hashable, CustomStringConvertible {
    /// The config file's path, or the option.
    public var place: String
    public var line: Int?

    public static func configFile(_ path: String, line: Int) -> SettingOrigin {
        SettingOrigin(place: path, line: line)
    }

    /// A command-line option, such as "--theme"; also the origin of its default when it is not given.
    public static func option(_ name: String) -> SettingOrigin {
        SettingOrigin(place: name, line: nil)
    }

    /// `config.toml:2`, or the option.
    public var description: String {
        line.map { "\(place):\($0)" } ?? place
    }

    func diagnostic(_ message: String) -> FileDiagnostic {
        FileDiagnostic(file: place, line: line, message: message)
    }
}
