import TOMLKit

/// What one keymap file declares: an optional base preset and its bindings, plus every problem
/// found in it. Files look like:
///
/// ```toml
/// preset = "vim"            # user files only: the preset this file extends (default: "default")
/// [list]
/// move_down = ["j", "down"] # replaces the preset's keys for move_down in [list]
/// retry = false             # disabled (so is `retry = []`)
/// ```
struct KeymapFile {
    var preset: (name: String, line: Int)?
    /// In file order.
    var bindings: [KeymapBinding] = []
    var diagnostics: [KeymapDiagnostic] = []

    init(source: TOMLSource) {
        for (key, value) in source.table {
            if key == "preset" {
                if let name = value.string {
                    preset = (name, source.lines.line(ofKey: key, inTable: nil))
                } else {
                    diagnostics.append(source.diagnostic("preset must be a preset name in quotes", key: key))
                }
            } else if let context = KeyContext(rawValue: key), let table = value.table {
                readContext(context, table, source)
            } else if value.table != nil {
                let known = KeyContext.allCases.map { "[\($0.rawValue)]" }.joined(separator: ", ")
                diagnostics.append(source.diagnostic("unknown context [\(key)] (contexts: \(known))", key: key))
            } else {
                diagnostics.append(source.diagnostic(
                    "unknown setting \"\(key)\": bindings go in a context table such as [global]", key: key))
            }
        }
        // TOMLKit does not keep the file's order; conflicts are reported at the later binding.
        bindings.sort { $0.line < $1.line }
    }

    private mutating func readContext(_ context: KeyContext, _ table: TOMLTable, _ source: TOMLSource) {
        let tableName = context.rawValue
        for (action, value) in table {
            func problem(_ message: String) {
                diagnostics.append(source.diagnostic(message, key: action, table: tableName))
            }
            guard let command = Command(rawValue: action) else {
                problem("unknown action \"\(action)\" in [\(tableName)]")
                continue
            }
            let allowed = CommandCatalog.info(command).contexts
            guard allowed.contains(context) else {
                let places = allowed.map { "[\($0.rawValue)]" }.joined(separator: " or ")
                problem("\(action) cannot be bound in [\(tableName)]; it belongs in \(places)")
                continue
            }
            guard let sequences = readSequences(value, action: action, table: tableName, source: source) else {
                problem("\(action) takes a list of keys such as [\"q\", \"ctrl-c\"], or false to disable it")
                continue
            }
            bindings.append(KeymapBinding(
                context: context, command: command, sequences: sequences,
                file: source.label, line: source.lines.line(ofKey: action, inTable: tableName)))
        }
    }

    /// The sequences of a `["q", "g g"]` or `false` value (nil if the value has another shape);
    /// names that do not parse are reported at their own line and left out.
    private mutating func readSequences(
        _ value: TOMLValueConvertible, action: String, table: String, source: TOMLSource
    ) -> [KeySequence]? {
        if value.bool == false { return [] }
        guard let array = value.array, array.allSatisfy({ $0.string != nil }) else { return nil }
        var sequences: [KeySequence] = []
        var seen: Set<KeySequence> = []
        for name in array.compactMap(\.string) {
            do {
                let sequence = try KeySequence(parsing: name)
                if seen.insert(sequence).inserted { sequences.append(sequence) }
            } catch {
                diagnostics.append(KeymapDiagnostic(
                    file: source.label, line: source.lines.line(ofString: name, inKey: action, table: table),
                    message: error.description))
            }
        }
        return sequences
    }
}
