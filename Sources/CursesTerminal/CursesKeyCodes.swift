import CNcursesw
import TerminalCanvas

/// Maps the key codes `wget_wch` returns with `KEY_CODE_YES` to key presses.
enum CursesKeyCodes {
    static func keyPress(for code: Int32) -> KeyPress? {
        if let key = fixedKeys[code] {
            return key
        }
        if (KEY_F0 + 1)...(KEY_F0 + 63) ~= code {
            return functionKey(Int(code - KEY_F0))
        }
        return modifiedKey(named: keyname(code).map { String(cString: $0) })
    }

    private static let fixedKeys: [Int32: KeyPress] = [
        KEY_UP: KeyPress(.up), KEY_DOWN: KeyPress(.down), KEY_LEFT: KeyPress(.left), KEY_RIGHT: KeyPress(.right),
        KEY_HOME: KeyPress(.home), KEY_END: KeyPress(.end),
        KEY_PPAGE: KeyPress(.pageUp), KEY_NPAGE: KeyPress(.pageDown),
        KEY_DC: KeyPress(.delete), KEY_IC: KeyPress(.insert),
        KEY_BACKSPACE: KeyPress(.backspace), KEY_ENTER: KeyPress(.enter),
        KEY_BTAB: KeyPress(.tab, [.shift]),
        KEY_SR: KeyPress(.up, [.shift]), KEY_SF: KeyPress(.down, [.shift]),
        KEY_SLEFT: KeyPress(.left, [.shift]), KEY_SRIGHT: KeyPress(.right, [.shift]),
        KEY_SHOME: KeyPress(.home, [.shift]), KEY_SEND: KeyPress(.end, [.shift]),
        KEY_SPREVIOUS: KeyPress(.pageUp, [.shift]), KEY_SNEXT: KeyPress(.pageDown, [.shift]),
        KEY_SDC: KeyPress(.delete, [.shift]), KEY_SIC: KeyPress(.insert, [.shift]),
        // Terminfo entries that give ESC [1~ and ESC [4~ (tmux's Home and End) VT220's names Find and
        // Select; the keypad's corner keys are Home, End, PgUp and PgDn.
        KEY_FIND: KeyPress(.home), KEY_SELECT: KeyPress(.end),
        KEY_A1: KeyPress(.home), KEY_C1: KeyPress(.end), KEY_A3: KeyPress(.pageUp), KEY_C3: KeyPress(.pageDown),
    ]

    /// xterm terminfo numbers shifted and ctrl'd function keys on from F13: F13–F24 are shift-F1–F12,
    /// F25–F36 ctrl, F37–F48 ctrl-shift, F49–F60 alt.
    private static func functionKey(_ number: Int) -> KeyPress {
        let modifiers: [KeyModifiers] = [[], [.shift], [.ctrl], [.ctrl, .shift], [.alt], [.alt, .shift]]
        let bank = (number - 1) / 12
        guard bank < modifiers.count else { return KeyPress(.function(number)) }
        return KeyPress(.function((number - 1) % 12 + 1), modifiers[bank])
    }

    /// Keys ncurses defines at run time from extended terminfo names such as `kUP5` (ctrl-up) or
    /// `kLFT3` (alt-left): the digit is xterm's modifier parameter, 1 + shift(1) + alt(2) + ctrl(4).
    private static func modifiedKey(named name: String?) -> KeyPress? {
        guard let name, let digit = name.last?.wholeNumberValue, (2...8).contains(digit) else { return nil }
        guard let key = extendedKeyNames[String(name.dropLast())],
              let modifiers = KeyModifiers(xtermParameter: digit) else { return nil }
        return KeyPress(key, modifiers)
    }

    private static let extendedKeyNames: [String: Key] = [
        "kUP": .up, "kDN": .down, "kLFT": .left, "kRIT": .right, "kHOM": .home, "kEND": .end,
        "kPRV": .pageUp, "kNXT": .pageDown, "kDC": .delete, "kIC": .insert,
    ]
}
