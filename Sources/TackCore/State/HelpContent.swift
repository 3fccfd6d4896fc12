import Foundation

/// What the help overlay lists for a keymap and a query: each context's bindings under its heading,
/// then the legend of the row markers. The view draws these lines; the reducer scrolls by their count.
///
/// A binding is shown when the query (case-insensitive) is part of its description, its action's
/// name (`move_pins` or "move pins") or its keys; a marker when it is part of its glyph or meaning.
/// A heading is shown when something under it is.
public struct HelpContent: Sendable {
    public struct Group: Sendable {
        public let context: KeyContext
        public let bindings: [(command: Command, sequences: [KeySequence])]
    }

    public let groups: [Group]
    public let legend: [RowMarker]

    public init(keymap: Keymap, query: String) {
        let needle = query.trimmingCharacters(in: .whitespaces).lowercased()
        groups = KeyContext.allCases.compactMap { context in
            let bindings = keymap.bindings(in: context).filter { Self.binding($0.command, $0.sequences, contains: needle) }
            return bindings.isEmpty ? nil : Group(context: context, bindings: bindings)
        }
        legend = RowMarker.allCases.filter { Self.text(of: $0, contains: needle) }
    }

    /// The bindings and markers shown.
    public var matchCount: Int { groups.reduce(legend.count) { $0 + $1.bindings.count } }

    /// The lines drawn: a heading and a line per binding for each group, a heading and a line per
    /// marker for the legend.
    public var lineCount: Int {
        groups.reduce(legend.isEmpty ? 0 : legend.count + 1) { $0 + $1.bindings.count + 1 }
    }

    private static func binding(_ command: Command, _ sequences: [KeySequence], contains needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        let texts = [CommandCatalog.info(command).description, command.rawValue, command.rawValue.replacingOccurrences(of: "_", with: " ")]
            + sequences.map(\.display)
        return texts.contains { $0.lowercased().contains(needle) }
    }

    private static func text(of marker: RowMarker, contains needle: String) -> Bool {
        needle.isEmpty || marker.glyph.contains(needle) || marker.meaning.lowercased().contains(needle)
    }
}
