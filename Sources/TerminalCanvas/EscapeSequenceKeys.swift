/// Keys sent as CSI (`ESC [`) or SS3 (`ESC O`) sequences that the terminal library did not turn into
/// keys because terminfo describes the terminal otherwise: tmux sends `ESC [1~` and `ESC [4~` for Home
/// and End whatever TERM says, rxvt `ESC [7~` and `ESC [8~`, xterm `ESC [H`, `ESC OH` or `ESC [1;5H`.
/// The common variants of xterm, VT220, rxvt and the Linux console are decoded here, with modifiers.
enum EscapeSequenceKeys {
    /// The key whose sequence starts `input` (the input after an ESC), removing the sequence from it;
    /// nil, leaving `input` alone, when it starts no sequence known here.
    static func key(from input: inout ArraySlice<TerminalInput>) -> KeyPress? {
        var scalars = input.prefix { if case .scalar = $0 { true } else { false } }.compactMap(\.scalar)[...]
        let start = scalars.count
        guard let introducer = scalars.popFirst() else { return nil }
        let key: KeyPress?
        switch introducer {
        case "[":
            key = controlSequenceKey(from: &scalars)
        case "O":
            key = singleShiftKey(from: &scalars)
        default:
            key = nil
        }
        guard let key else { return nil }
        input.removeFirst(start - scalars.count)
        return key
    }

    /// `ESC [` parameters final: `1;5H`, `3~`, `5;2~`, `Z` (shift-tab); rxvt's `7^` (ctrl-home) and `a` (shift-up).
    private static func controlSequenceKey(from scalars: inout ArraySlice<Unicode.Scalar>) -> KeyPress? {
        var parameterText = ""
        while let scalar = scalars.first, scalar == ";" || ("0"..."9").contains(scalar) {
            parameterText.unicodeScalars.append(scalar)
            scalars.removeFirst()
        }
        guard let final = scalars.popFirst() else { return nil }
        let fields = parameterText.isEmpty ? [] : parameterText.split(separator: ";", omittingEmptySubsequences: false)
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count else { return nil }
        // The second parameter, when there is one, is xterm's modifier.
        var modifiers: KeyModifiers = []
        if numbers.count >= 2 {
            guard numbers.count == 2, let parsed = KeyModifiers(xtermParameter: numbers[1]) else { return nil }
            modifiers = parsed
        }
        if let rxvtModifiers = rxvtFinals[final] {
            guard numbers.count == 1, let key = tildeKeys[numbers[0]] else { return nil }
            return KeyPress(key, rxvtModifiers)
        }
        if final == "~" {
            guard let number = numbers.first, let key = tildeKeys[number] else { return nil }
            return KeyPress(key, modifiers)
        }
        // Letter finals take no number but xterm's placeholder 1 before a modifier (`1;5H`).
        guard numbers.isEmpty || (numbers.count == 2 && numbers[0] == 1) else { return nil }
        if let key = letterKeys[final] {
            return KeyPress(key, modifiers)
        }
        if numbers.isEmpty, let key = rxvtArrows[final] {
            return KeyPress(key, .shift)
        }
        if numbers.isEmpty, final == "Z" {
            return KeyPress(.tab, .shift)
        }
        return nil
    }

    /// `ESC O` final, optionally with a modifier digit before it (`ESC O5H` of some older terminals);
    /// rxvt's `ESC Oa` is ctrl-up.
    private static func singleShiftKey(from scalars: inout ArraySlice<Unicode.Scalar>) -> KeyPress? {
        var modifiers: KeyModifiers = []
        if let digit = scalars.first.flatMap({ Int(String($0)) }) {
            guard let parsed = KeyModifiers(xtermParameter: digit) else { return nil }
            modifiers = parsed
            scalars.removeFirst()
        }
        guard let final = scalars.popFirst() else { return nil }
        if let key = letterKeys[final] {
            return KeyPress(key, modifiers)
        }
        if modifiers.isEmpty, let key = rxvtArrows[final] {
            return KeyPress(key, .ctrl)
        }
        return nil
    }

    /// `ESC [` number `~`: VT220 and rxvt numbering (1 and 7 are Home, 4 and 8 End).
    private static let tildeKeys: [Int: Key] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]

    /// The final letters of xterm's cursor and keypad keys, after `ESC [` or `ESC O`.
    private static let letterKeys: [Unicode.Scalar: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
    ]

    /// rxvt ends a `~` key with `$` when shifted, `^` with ctrl, `@` with both.
    private static let rxvtFinals: [Unicode.Scalar: KeyModifiers] = ["$": .shift, "^": .ctrl, "@": [.ctrl, .shift]]
    /// rxvt's arrows with a lowercase final: shifted after `ESC [`, with ctrl after `ESC O`.
    private static let rxvtArrows: [Unicode.Scalar: Key] = ["a": .up, "b": .down, "c": .right, "d": .left]
}

private extension TerminalInput {
    var scalar: Unicode.Scalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }
}
