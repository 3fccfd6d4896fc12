import Foundation
import TOMLKit
import TerminalCanvas

/// Loads a theme: a preset shipped in `themes/` or a file of the same shape.
///
/// A theme file has one table per role (`ThemeRole`), every role present but those added since,
/// which take an older role's style when left out (`ThemeRole.fallback`):
///
/// ```toml
/// [selection]
/// fg = "black"             # a name (default, black, red, …, bright-white), 0–255, or "#rrggbb"
/// bg = "#5fafd7"           # "default" (or leaving it out) keeps the terminal's own colour
/// attributes = ["bold"]    # any of bold, dim, italic, underline, reverse
/// ```
public enum ThemeLoader {
    private static let attributeNames: [String: TextAttributes] =
        ["bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse]

    /// Loads the preset `value` names ("default", "light", …) or else the theme file at that path;
    /// `origin` is where the value was given, where a value that is neither is reported. Every
    /// problem in the file is reported, each with the file, the line and the role.
    public static func load(
        _ value: String, givenIn origin: SettingOrigin, presets: PresetSource
    ) throws(ConfigurationError) -> Theme {
        let name: String
        let source: TOMLSource
        do throws(FileDiagnostic) {
            switch try PresetChoice.resolve(value, kind: "theme", presetNames: presets.themeNames, origin: origin) {
            case .preset(let preset):
                name = preset
                source = try TOMLSource(label: "themes/\(preset).toml", text: presets.themeSource(named: preset) ?? "")
            case .file(let path):
                name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                source = try TOMLSource(path: path)
            }
        } catch {
            throw ConfigurationError(.theme, diagnostics: [error])
        }
        return try theme(named: name, from: source)
    }

    private static func theme(named name: String, from source: TOMLSource) throws(ConfigurationError) -> Theme {
        var styles: [ThemeRole: Style] = [:]
        var diagnostics: [FileDiagnostic] = []
        for (key, value) in source.table {
            guard let role = ThemeRole(rawValue: key) else {
                let roles = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                diagnostics.append(source.diagnostic("unknown role [\(key)] (roles: \(roles))", key: key))
                continue
            }
            guard let table = value.table else {
                diagnostics.append(source.diagnostic("\(key) must be a [\(key)] table of fg, bg and attributes", key: key))
                continue
            }
            styles[role] = style(of: role, table, source, problems: &diagnostics)
        }
        for role in ThemeRole.allCases where source.table[role.rawValue] == nil {
            if let fallback = role.fallback, let style = styles[fallback] { styles[role] = style }
        }
        let missing = ThemeRole.allCases.filter { styles[$0] == nil && source.table[$0.rawValue] == nil }
        if !missing.isEmpty {
            let roles = missing.map { "[\($0.rawValue)]" }.joined(separator: ", ")
            let message = missing.count == 1 ? "role \(roles) is missing" : "roles \(roles) are missing"
            diagnostics.append(FileDiagnostic(file: source.label, line: 1, message: message))
        }
        guard diagnostics.isEmpty else { throw ConfigurationError(.theme, diagnostics: diagnostics) }
        return Theme(name: name, styles: styles)
    }

    /// The style a role's table describes; each problem in it is added to `problems`.
    private static func style(
        of role: ThemeRole, _ table: TOMLTable, _ source: TOMLSource, problems: inout [FileDiagnostic]
    ) -> Style {
        var style = Style.plain
        for (key, value) in table {
            func problem(_ message: String) {
                problems.append(source.diagnostic("[\(role.rawValue)] \(key): \(message)", key: key, table: role.rawValue))
            }
            switch key {
            case "fg", "bg":
                let color = value.string.flatMap(ColorNotation.color(named:))
                    ?? value.int.flatMap(ColorNotation.color(index:))
                guard let color else {
                    let names = ColorNotation.names.joined(separator: ", ")
                    problem("not a colour: use a name (\(names)), 0-255 or \"#rrggbb\"")
                    continue
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "attributes":
                let attributes = value.array?.map { $0.string.flatMap { attributeNames[$0] } }
                guard let attributes, !attributes.contains(nil) else {
                    problem("expected a list of \(attributeNames.keys.sorted().joined(separator: ", "))")
                    continue
                }
                style.attributes = TextAttributes(attributes.compactMap { $0 })
            default:
                problem("unknown setting (use fg, bg and attributes)")
            }
        }
        return style
    }
}
