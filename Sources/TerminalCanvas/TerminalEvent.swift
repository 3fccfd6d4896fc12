/// Something the terminal reports to the app.
public enum TerminalEvent: Hashable, Sendable {
    case key(KeyPress)
    /// Text pasted with bracketed paste, delivered whole rather than as key presses.
    case paste(String)
    case resize(Size)
    /// The terminal went away (SSH disconnect, closed window) or SIGHUP arrived.
    case hangup
    /// SIGINT or SIGTERM arrived.
    case terminate
}
