import TerminalCanvas

extension ColorCapability {
    /// The capability of a terminal with `colors` colours (curses' `COLORS` once colour is started).
    init(colorCount colors: Int32) {
        switch colors {
        case 256...:
            self = .indexed256
        case 16..<256:
            self = .sixteen
        case 8..<16:
            self = .eight
        default:
            self = .none
        }
    }

    /// The `NO_COLOR` convention: set and non-empty means no colour, whatever the terminal can do.
    static func isDisabled(byNoColor value: String?) -> Bool {
        !(value ?? "").isEmpty
    }
}
