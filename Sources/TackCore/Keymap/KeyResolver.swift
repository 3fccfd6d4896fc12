import TerminalCanvas

/// Turns key presses into commands using a keymap and the active contexts.
public enum KeyResolver {
    /// Resolves `next` typed after the `pending` keys of an unfinished sequence.
    ///
    /// `contexts` are consulted in order (see `KeyContext.resolutionOrder`); the first context
    /// binding the sequence wins. When the pending keys followed by `next` lead nowhere, the pending
    /// keys are dropped and `next` is resolved on its own, so a stray prefix never swallows a key;
    /// except a cancelling key (Esc, or one that alone would go back or cancel, such as emacs' ctrl-g),
    /// which only drops the pending keys.
    public static func resolve(
        pending: [KeyPress], next: KeyPress, contexts: [KeyContext], keymap: Keymap
    ) -> KeyResolution {
        if let resolution = match(pending + [next], contexts: contexts, keymap: keymap) {
            return resolution
        }
        guard !pending.isEmpty else { return .unbound(next) }
        if next == KeyPress(.escape) { return .cancelled }
        let alone = match([next], contexts: contexts, keymap: keymap)
        if case .command(let command) = alone, cancellingCommands.contains(command) { return .cancelled }
        return alone ?? .unbound(next)
    }

    /// Commands that back out of something: the key bound to one of them also backs out of a pending sequence.
    private static let cancellingCommands: Set<Command> =
        [.back, .closeHelp, .clearFilter, .cancelForm, .cancelPicker, .cancelDialog]

    private static func match(_ typed: [KeyPress], contexts: [KeyContext], keymap: Keymap) -> KeyResolution? {
        let bindings = contexts.flatMap(keymap.bindings(in:))
        if let exact = bindings.first(where: { $0.sequences.contains(KeySequence(typed)) }) {
            return .command(exact.command)
        }
        var hints: [KeyHint] = []
        for (command, sequences) in bindings {
            for sequence in sequences where sequence.extends(typed) {
                let hint = KeyHint(
                    remaining: KeySequence(Array(sequence.keys.dropFirst(typed.count))).display,
                    command: command,
                    description: CommandCatalog.info(command).description
                )
                if !hints.contains(hint) { hints.append(hint) }
            }
        }
        return hints.isEmpty ? nil : .pending(prefix: typed, continuations: hints)
    }
}
