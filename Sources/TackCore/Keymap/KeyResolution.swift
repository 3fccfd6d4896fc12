import TerminalCanvas

/// What a key press means given the keys typed before it.
public enum KeyResolution: Hashable, Sendable {
    /// A full sequence matched.
    case command(Command)
    /// The keys so far start one or more sequences: keep them pending and show the hint line.
    case pending(prefix: [KeyPress], continuations: [KeyHint])
    /// Esc, or another key that cancels (see `KeyResolver`), typed while keys were pending: the pending
    /// keys are dropped and nothing else happens.
    case cancelled
    /// Nothing matches (the reducer may treat it as text input); any pending keys are dropped.
    case unbound(KeyPress)
}
