import Glibc

/// Why the terminal could not start.
public enum CursesTerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Neither /dev/tty nor standard input and output are a terminal.
    case notATerminal
    /// ncurses does not know the terminal type in TERM.
    case unknownTerminalType(String)
    /// The terminal type in TERM cannot move the cursor (TERM=dumb), so no screen can be drawn.
    case unsupportedTerminalType(String)
    case systemCall(String, Int32)

    public var description: String {
        switch self {
        case .notATerminal:
            return "not running in a terminal"
        case .unknownTerminalType(let type):
            return "the terminal type TERM=\(type) is not in this system's terminfo database: "
                + "set TERM to your terminal's type (e.g. xterm-256color), or install its entry (ncurses-term)"
        case .unsupportedTerminalType(let type):
            return "the terminal type TERM=\(type) cannot move the cursor, which Tack needs: "
                + "run it in a terminal such as xterm-256color"
        case .systemCall(let name, let code):
            return "\(name) failed: \(String(cString: strerror(code)))"
        }
    }
}
