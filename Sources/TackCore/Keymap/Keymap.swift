/// Which key sequences trigger which command, per context. Built by `KeymapLoader` from the keymap
/// files; resolved by `KeyResolver`.
public struct Keymap: Sendable, Hashable {
    private var table: [KeyContext: [Command: [KeySequence]]]
    /// Each context's bindings in catalogue order, made once: resolving a key reads them on every key press.
    private var catalogueOrder: [KeyContext: [Binding]]

    private struct Binding: Hashable, Sendable {
        var command: Command
        var sequences: [KeySequence]
    }

    public init(_ table: [KeyContext: [Command: [KeySequence]]]) {
        let table = table.mapValues { $0.filter { !$0.value.isEmpty } }
        self.table = table
        self.catalogueOrder = table.mapValues { commands in
            Command.allCases.compactMap { command in commands[command].map { Binding(command: command, sequences: $0) } }
        }
    }

    /// The sequences bound to `command` in exactly this context (not the contexts behind it).
    public func sequences(for command: Command, in context: KeyContext) -> [KeySequence] {
        table[context]?[command] ?? []
    }

    /// The first sequence that really triggers each command when `contexts` are consulted in this order:
    /// bound to the command in the first context that binds it with a sequence no earlier context binds
    /// (a pane's table may give a [global] key another meaning). Commands without one are left out.
    public func effectiveSequences(in contexts: [KeyContext]) -> [Command: KeySequence] {
        var effective: [Command: KeySequence] = [:]
        var taken: Set<KeySequence> = []
        for context in contexts {
            guard let commands = table[context] else { continue }
            for (command, sequences) in commands where effective[command] == nil {
                if let sequence = sequences.first(where: { !taken.contains($0) }) {
                    effective[command] = sequence
                }
            }
            for sequences in commands.values {
                taken.formUnion(sequences)
            }
        }
        return effective
    }

    /// The bound commands of one context in catalogue order, for the help overlay.
    public func bindings(in context: KeyContext) -> [(command: Command, sequences: [KeySequence])] {
        (catalogueOrder[context] ?? []).map { ($0.command, $0.sequences) }
    }
}
