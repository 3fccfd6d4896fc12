/// Which key sequences trigger which command, per context. Built by `KeymapLoader` from the keymap
/// files; resolved by `KeyResolver`.
public struct Keymap: Sendable, Hashable {
    private var table: [KeyContext: [Command: [KeySequence]]]

    public init(_ table: [KeyContext: [Command: [KeySequence]]]) {
        self.table = table.mapValues { $0.filter { !$0.value.isEmpty } }
    }

    /// The sequences bound to `command` in exactly this context (not the contexts behind it).
    public func sequences(for command: Command, in context: KeyContext) -> [KeySequence] {
        table[context]?[command] ?? []
    }

    /// The bound commands of one context in catalogue order, for the help overlay.
    public func bindings(in context: KeyContext) -> [(command: Command, sequences: [KeySequence])] {
        Command.allCases.compactMap { command in
            let sequences = sequences(for: command, in: context)
            return sequences.isEmpty ? nil : (command, sequences)
        }
    }
}
