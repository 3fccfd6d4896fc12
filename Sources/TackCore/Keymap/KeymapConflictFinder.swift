import TerminalCanvas

/// Finds key sequences that mean two things at once.
///
/// The rule: within contexts that are active together (`KeyContext.activeTogether`: a pane with
/// `list` and `global`, `help` with `global`, and `filter`, `form`, `picker` and `confirm` each
/// alone), a sequence may be bound to one command only, and no bound sequence may be a prefix of
/// another ("g" with "g g"), because the shorter one would always win. A pane binding therefore
/// never silently shadows a `list` or `global` one: to reuse a key, rebind or disable the other
/// action. The same command may use the same sequence in several contexts.
///
/// Each bound sequence is compared with at most two others (see `comparedPairs`), found through a
/// trie of the sequences, so the work grows with the number of keys, not with its square.
enum KeymapConflictFinder {
    struct BoundSequence {
        /// Position in the merged bindings: later bindings (the user's file) get the report.
        var order: Int
        var binding: KeymapBinding
        var sequence: KeySequence
    }

    /// `bindings` are in declaration order, the preset's before the user file's.
    static func diagnostics(in bindings: [KeymapBinding]) -> [KeymapDiagnostic] {
        let found = comparedPairs(in: bindings).compactMap { diagnostic(reportedAt: $0.later, against: $0.earlier) }
        return Array(Set(found))
    }

    /// The pairs of bound sequences compared, per group of contexts active together: each sequence
    /// with the first one bound to the same keys for another command, and with its shortest bound
    /// prefix (the one that matches first when typing). A sequence conflicting with several others
    /// is thus reported once or twice, not once per other.
    static func comparedPairs(in bindings: [KeymapBinding]) -> [(later: BoundSequence, earlier: BoundSequence)] {
        var pairs: [(later: BoundSequence, earlier: BoundSequence)] = []
        for contexts in KeyContext.activeTogether {
            let bound = bindings.enumerated()
                .filter { contexts.contains($0.element.context) }
                .flatMap { order, binding in
                    binding.sequences.map { BoundSequence(order: order, binding: binding, sequence: $0) }
                }
            let trie = SequenceTrie(bound)
            for index in bound.indices {
                for rival in trie.rivals(of: index, in: bound) {
                    // Equal orders (one binding) count in the order the file lists the keys.
                    let (earlier, later) = (bound[rival].order, rival) < (bound[index].order, index) ? (rival, index) : (index, rival)
                    pairs.append((later: bound[later], earlier: bound[earlier]))
                }
            }
        }
        return pairs
    }

    private static func diagnostic(reportedAt later: BoundSequence, against earlier: BoundSequence) -> KeymapDiagnostic? {
        let place = earlier.binding.file == later.binding.file
            ? "line \(earlier.binding.line)"
            : "\(earlier.binding.file):\(earlier.binding.line)"
        let message: String
        if later.sequence == earlier.sequence {
            guard later.binding.command != earlier.binding.command else { return nil }
            let together = later.binding.context == earlier.binding.context ? "" : ", which are active together"
            message = "conflict: \"\(later.sequence.display)\" is bound to \(later.binding.summary)"
                + " and to \(earlier.binding.summary) (\(place))\(together)"
        } else if later.sequence.extends(earlier.sequence.keys) {
            message = "conflict: \"\(later.sequence.display)\" (\(later.binding.summary)) can never be typed:"
                + " \"\(earlier.sequence.display)\" (\(earlier.binding.summary), \(place)) matches first"
        } else if earlier.sequence.extends(later.sequence.keys) {
            message = "conflict: \"\(later.sequence.display)\" (\(later.binding.summary)) shadows"
                + " \"\(earlier.sequence.display)\" (\(earlier.binding.summary), \(place)), which can never be typed"
        } else {
            return nil
        }
        return KeymapDiagnostic(file: later.binding.file, line: later.binding.line, message: message)
    }
}

/// The bound sequences of one group of contexts as a tree of keys: the sequences sharing a prefix
/// share the path of that prefix, so a sequence's rivals are found by walking its own keys.
private struct SequenceTrie {
    private struct Node {
        var children: [KeyPress: Int] = [:]
        /// The first sequence bound to exactly these keys, and the first bound to them for another
        /// command than that one (indices into the bound sequences).
        var first: Int?
        var firstForAnotherCommand: Int?
    }

    private var nodes = [Node()]

    init(_ bound: [KeymapConflictFinder.BoundSequence]) {
        for (index, item) in bound.enumerated() {
            var node = 0
            for key in item.sequence.keys {
                if let child = nodes[node].children[key] {
                    node = child
                } else {
                    nodes.append(Node())
                    nodes[node].children[key] = nodes.count - 1
                    node = nodes.count - 1
                }
            }
            if let first = nodes[node].first {
                if nodes[node].firstForAnotherCommand == nil && bound[first].binding.command != item.binding.command {
                    nodes[node].firstForAnotherCommand = index
                }
            } else {
                nodes[node].first = index
            }
        }
    }

    /// For the sequence at `index`: the first sequence with the same keys bound to another command,
    /// and the first sequence bound to its shortest bound proper prefix, where they exist.
    func rivals(of index: Int, in bound: [KeymapConflictFinder.BoundSequence]) -> [Int] {
        var rivals: [Int] = []
        let keys = bound[index].sequence.keys
        var node = 0
        for (position, key) in keys.enumerated() {
            guard let child = nodes[node].children[key] else { return rivals }
            node = child
            if position < keys.count - 1, rivals.isEmpty, let prefix = nodes[node].first {
                rivals.append(prefix)
            }
        }
        if let first = nodes[node].first {
            let rival = bound[first].binding.command != bound[index].binding.command ? first : nodes[node].firstForAnotherCommand
            if let rival { rivals.append(rival) }
        }
        return rivals
    }
}
