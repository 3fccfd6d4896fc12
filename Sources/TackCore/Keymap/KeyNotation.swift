import TerminalCanvas

/// Key names as written in keymap files and shown in the help overlay and hint line.
///
/// A name is a printable character ("q", "Q", "?", "é"), "space", one of the named keys (`enter`,
/// `esc`, `tab`, `backspace`, `delete`, `insert`, `up`, `down`, `left`, `right`, `home`, `end`,
/// `pgup`, `pgdown`, `f1`…`f12`), optionally after modifiers, written in the canonical order
/// `ctrl-alt-`. Only keys a terminal can actually send are accepted:
/// - `ctrl-` takes a lower-case ASCII letter or space, but not `i`, `j` or `m`, which arrive as
///   tab and enter;
/// - `alt-` takes any key;
/// - `shift-` only exists as `shift-tab` (an upper-case letter is written as itself: "A").
public enum KeyNotation {
    private static let namedKeys: [(name: String, key: Key)] =
        [("enter", .enter), ("esc", .escape), ("tab", .tab), ("backspace", .backspace), ("delete", .delete),
         ("insert", .insert), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
         ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdown", .pageDown)]
        + (1...12).map { ("f\($0)", .function($0)) }

    private static let keysByName = Dictionary(uniqueKeysWithValues: namedKeys.map { ($0.name, $0.key) })
    private static let namesByKey = Dictionary(uniqueKeysWithValues: namedKeys.map { ($0.key, $0.name) })
    private static let modifierNames: [(prefix: String, modifier: KeyModifiers)] =
        [("ctrl-", .ctrl), ("alt-", .alt), ("shift-", .shift)]

    /// The canonical name: `name(of: parse(n)) == n` for every canonical name `n`.
    public static func name(of press: KeyPress) -> String {
        let prefix = modifierNames.filter { press.modifiers.contains($0.modifier) }.map(\.prefix).joined()
        return prefix + baseName(of: press.key)
    }

    /// Parses one key name ("ctrl-x", "shift-tab", "G"); sequences are `KeySequence(parsing:)`.
    public static func parse(_ name: String) throws(KeyNameError) -> KeyPress {
        var rest = Substring(name)
        var modifiers: KeyModifiers = []
        while let (prefix, modifier) = modifierNames.first(where: { rest.hasPrefix($0.prefix) }) {
            guard !modifiers.contains(modifier) else {
                throw KeyNameError(name: name, reason: "\"\(prefix)\" is written twice")
            }
            rest = rest.dropFirst(prefix.count)
            modifiers.insert(modifier)
            guard !rest.isEmpty else { throw KeyNameError(name: name, reason: "a key must follow \"\(prefix)\"") }
        }
        let press = KeyPress(try key(named: rest, in: name), modifiers)
        if let reason = whyImpossible(press) {
            throw KeyNameError(name: name, reason: reason)
        }
        guard self.name(of: press) == name else {
            throw KeyNameError(name: name, reason: "write it \"\(self.name(of: press))\"")
        }
        return press
    }

    private static func baseName(of key: Key) -> String {
        switch key {
        case .character(let character): character == " " ? "space" : String(character)
        case .function(let number): "f\(number)"
        default: namesByKey[key] ?? "\(key)"
        }
    }

    private static func key(named base: Substring, in name: String) throws(KeyNameError) -> Key {
        if base == "space" { return .character(" ") }
        if let key = keysByName[String(base)] { return key }
        if base.count == 1, let character = base.first {
            guard !character.isWhitespace, !character.unicodeScalars.contains(where: \.properties.isControlLike) else {
                throw KeyNameError(name: name, reason: "not a printable character")
            }
            return .character(character)
        }
        if keysByName[base.lowercased()] != nil {
            throw KeyNameError(name: name, reason: "unknown key (key names are lower case: \"\(base.lowercased())\")")
        }
        throw KeyNameError(name: name, reason: "unknown key")
    }

    /// Why no terminal can send this key press, or nil if it can.
    private static func whyImpossible(_ press: KeyPress) -> String? {
        if press.modifiers.contains(.shift) {
            guard press == KeyPress(.tab, [.shift]) else {
                return "shift only combines with tab; write an upper-case letter as itself (\"A\")"
            }
            return nil
        }
        guard press.modifiers.contains(.ctrl) else { return nil }
        guard case .character(let character) = press.key else {
            return "ctrl does not combine with \(baseName(of: press.key)) reliably in terminals"
        }
        switch character {
        case "i": return "ctrl-i arrives as tab"
        case "j", "m": return "ctrl-\(character) arrives as enter"
        case " ", "a"..."z": return nil
        case "A"..."Z": return "write ctrl with a lower-case letter"
        default: return "ctrl only combines with a letter a-z or space"
        }
    }
}

private extension Unicode.Scalar.Properties {
    /// Control, format (bidi overrides, zero-width) and unassigned scalars cannot be a key.
    var isControlLike: Bool {
        switch generalCategory {
        case .control, .format, .unassigned, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
