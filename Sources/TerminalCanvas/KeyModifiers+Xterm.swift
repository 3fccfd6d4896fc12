extension KeyModifiers {
    /// The modifiers of xterm's modifier parameter (`ESC [1;5H` is ctrl-home): 1 + shift(1) + alt(2) +
    /// ctrl(4) + meta(8, read as alt). Nil for a value outside 2...16.
    public init?(xtermParameter parameter: Int) {
        guard (2...16).contains(parameter) else { return nil }
        let bits = parameter - 1
        self = []
        if bits & 1 != 0 { insert(.shift) }
        if bits & (2 | 8) != 0 { insert(.alt) }
        if bits & 4 != 0 { insert(.ctrl) }
    }
}
