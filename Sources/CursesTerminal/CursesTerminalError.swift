import Glibc

/// Why the terminal could not start.
public enum CursesTerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Neither /dev/tty nor standard input and output are a terminal.
    case notATerminal
    /// ncurses does not know the terminal type in TERM.
    case unknownTerminalType(String)
    case systemCall(String, Int32)

    public var description: String {
        switch self {
        case .notATerminal:
            return "not running in a terminal"
        case .unknownTerminalType(let type):
            return "unknown terminal type \"\(type)\" (check TERM)"
        case .systemCall(let name, let code):
            return "\(name) failed: \(String(cString: strerror(code)))"
        }
    }
}
