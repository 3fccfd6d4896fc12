/// One item read from a terminal, before decoding: a raw character, or an event the terminal library
/// already recognised (a function key, a resize).
public enum TerminalInput: Hashable, Sendable {
    case scalar(Unicode.Scalar)
    case event(TerminalEvent)
}
