import Foundation
import TOMLKit
import TerminalCanvas

/// Loads a theme: a preset shipped in `themes/` or a file of the same shape.
///
/// A theme file has one table per role (`ThemeRole`), every role present:
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

    /// Loads the preset `nameOrPath` ("default", "light", …) or, when it contains a "/" or ends in
    /// ".toml", the file at that path. Errors name the file, the line and the role.
    public static func load(nameOrPath: String, presets: PresetSource) throws(FileDiagnostic) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") {
            let name = URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent
            return try theme(named: name, from: TOMLSource(path: nameOrPath))
        }
        guard let text = presets.themeSource(named: nameOrPath) else {
            let available = presets.themeNames.map { "\"\($0)\"" }.joined(separator: ", ")
            throw FileDiagnostic(file: nameOrPath, line: 1, message: "no such theme (presets: \(available); or give a file path)")
        }
        return try theme(named: nameOrPath, from: TOMLSource(label: "themes/\(nameOrPath).toml", text: text))
    }

    private static func theme(named name: String, from source: TOMLSource) throws(FileDiagnostic) -> Theme {
        var styles: [ThemeRole: Style] = [:]
        for (key, value) in source.table {
            guard let role = ThemeRole(rawValue: key) else {
                let roles = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw source.diagnostic("unknown role [\(key)] (roles: \(roles))", key: key)
            }
            guard let table = value.table else {
                throw source.diagnostic("\(key) must be a [\(key)] table of fg, bg and attributes", key: key)
            }
            styles[role] = try style(of: role, table, source)
        }
        if let missing = ThemeRole.allCases.first(where: { styles[$0] == nil }) {
            throw FileDiagnostic(file: source.label, line: 1, message: "role [\(missing.rawValue)] is missing")
        }
        return Theme(name: name, styles: styles)
    }

    private static func style(of role: ThemeRole, _ table: TOMLTable, _ source: TOMLSource) throws(FileDiagnostic) -> Style {
        var style = Style.plain
        for (key, value) in table {
            func problem(_ message: String) -> FileDiagnostic {
                source.diagnostic("[\(role.rawValue)] \(key): \(message)", key: key, table: role.rawValue)
            }
            switch key {
            case "fg", "bg":
                let color = value.string.flatMap(ColorNotation.color(named:))
                    ?? value.int.flatMap(ColorNotation.color(index:))
                guard let color else {
                    let names = ColorNotation.names.joined(separator: ", ")
                    throw problem("not a colour: use a name (\(names)), 0-255 or \"#rrggbb\"")
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "attributes":
                let expected = "expected a list of \(attributeNames.keys.sorted().joined(separator: ", "))"
                guard let array = value.array else { throw problem(expected) }
                var attributes: TextAttributes = []
                for element in array {
                    guard let attribute = element.string.flatMap({ attributeNames[$0] }) else {
                        throw problem(expected)
                    }
                    attributes.insert(attribute)
                }
                style.attributes = attributes
            default:
                throw problem("unknown setting (use fg, bg and attributes)")
            }
        }
        return style
    }
}
