/// Finds key sequences that mean two things at once.
///
/// The rule: within contexts that are active together (`KeyContext.activeTogether`: a pane with
/// `list` and `global`, `help` with `global`, and `filter`, `form`, `picker` and `confirm` each
/// alone), a sequence may be bound to one command only, and no bound sequence may be a prefix of
/// another ("g" with "g g"), because the shorter one would always win. A pane binding therefore
/// never silently shadows a `list` or `global` one: to reuse a key, rebind or disable the other
/// action. The same command may use the same sequence in several contexts.
enum KeymapConflictFinder {
    private struct BoundSequence {
        /// Position in the merged bindings: later bindings (the user's file) get the report.
        var order: Int
        var binding: KeymapBinding
        var sequence: KeySequence
    }

    /// `bindings` are in declaration order, the preset's before the user file's.
    static func diagnostics(in bindings: [KeymapBinding]) -> [KeymapDiagnostic] {
        var found: Set<KeymapDiagnostic> = []
        for contexts in KeyContext.activeTogether {
            let bound = bindings.enumerated()
                .filter { contexts.contains($0.element.context) }
                .flatMap { order, binding in
                    binding.sequences.map { BoundSequence(order: order, binding: binding, sequence: $0) }
                }
            for (index, first) in bound.enumerated() {
                for second in bound[(index + 1)...] {
                    let (earlier, later) = first.order <= second.order ? (first, second) : (second, first)
                    if let diagnostic = diagnostic(reportedAt: later, against: earlier) {
                        found.insert(diagnostic)
                    }
                }
            }
        }
        return Array(found)
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
