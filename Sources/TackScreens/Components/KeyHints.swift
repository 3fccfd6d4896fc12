import TackCore

/// A key and what it does, as the status line shows it: "/ filter".
public struct KeyHintItem: Hashable, Sendable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// Reads the live keymap to name the keys of commands.
enum KeyHints {
    /// The first key bound to `command` in the first of `contexts` (in resolution order) that binds it.
    static func firstKey(for command: Command, contexts: [KeyContext], keymap: Keymap) -> String? {
        for context in contexts {
            if let sequence = keymap.sequences(for: command, in: context).first { return sequence.display }
        }
        return nil
    }

    /// The first key that really triggers `command` in `contexts`: bound to it, and not taken by another
    /// command in a context consulted before (a pane's table may give a [global] key another meaning).
    static func effectiveKey(for command: Command, contexts: [KeyContext], keymap: Keymap) -> String? {
        effectiveKeys(contexts: contexts, keymap: keymap)[command]
    }

    /// `effectiveKey` of every command that has one. The status line asks on every frame, for a keymap and
    /// contexts that seldom change between frames: the last answer is kept.
    static func effectiveKeys(contexts: [KeyContext], keymap: Keymap) -> [Command: String] {
        lastEffectiveKeys(EffectiveKeysQuestion(contexts: contexts, keymap: keymap))
    }

    private struct EffectiveKeysQuestion: Equatable, Sendable {
        var contexts: [KeyContext]
        var keymap: Keymap
    }

    private static let lastEffectiveKeys = LastCallMemo { (question: EffectiveKeysQuestion) in
        question.keymap.effectiveSequences(in: question.contexts).mapValues(\.display)
    }

    /// Hints for those of `commands` that have a key; unbound commands are left out.
    static func items(for commands: [Command], contexts: [KeyContext], keymap: Keymap) -> [KeyHintItem] {
        commands.compactMap { command in
            firstKey(for: command, contexts: contexts, keymap: keymap).map {
                KeyHintItem(key: $0, label: CommandLabel.short(command))
            }
        }
    }
}
