import TerminalCanvas

/// The keys typed so far of a multi-key sequence ("g" of "g g") and what may follow them.
public struct PendingKeys: Hashable, Sendable {
    public var prefix: [KeyPress]
    /// The hint line: each way the sequence can be completed.
    public var hints: [KeyHint]

    public init(prefix: [KeyPress] = [], hints: [KeyHint] = []) {
        self.prefix = prefix
        self.hints = hints
    }

    public var isEmpty: Bool { prefix.isEmpty }
}
