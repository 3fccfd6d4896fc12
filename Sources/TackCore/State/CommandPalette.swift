/// The command palette: the commands of the key context it was opened in that do something there,
/// each with its keys, narrowed and ranked by what is typed (see `FuzzyMatch`). Choosing one runs it
/// as its key would.
public struct CommandPalette: Hashable, Sendable {
    /// A command the palette offers, and its keys in the context the palette was opened in.
    public struct Entry: Hashable, Sendable {
        public let command: Command
        public let sequences: [KeySequence]

        public init(command: Command, sequences: [KeySequence]) {
            self.command = command
            self.sequences = sequences
        }

        /// What the palette shows and matches the query against: the command's description.
        public var name: String { CommandCatalog.info(command).description }
    }

    /// An entry that matches the query, with how.
    public struct Match: Hashable, Sendable {
        public let entry: Entry
        public let match: FuzzyMatch
    }

    /// Every command offered, in catalogue order.
    public let entries: [Entry]
    public private(set) var query: TextBuffer
    /// The highlighted match's index in `matches`.
    public private(set) var selectedIndex: Int
    /// The entries matching the query, best kind first, in catalogue order within a kind.
    public private(set) var matches: [Match]

    public init(entries: [Entry]) {
        self.entries = entries
        query = TextBuffer()
        selectedIndex = 0
        matches = []
        rank()
    }

    /// The highlighted command, nil when nothing matches.
    public var selectedEntry: Entry? { matches.indices.contains(selectedIndex) ? matches[selectedIndex].entry : nil }

    /// Edits the query; the highlight goes back to the best match.
    public mutating func editQuery(_ command: TextEditCommand) {
        query.apply(command)
        selectedIndex = 0
        rank()
    }

    /// Moves the highlight by `offset`, stopping at either end.
    public mutating func moveSelection(by offset: Int) {
        selectedIndex = matches.isEmpty ? 0 : min(max(selectedIndex + offset, 0), matches.count - 1)
    }

    private mutating func rank() {
        let query = self.query.text
        let found = entries.enumerated().compactMap { index, entry in
            FuzzyMatch(query, in: entry.name).map { (index, Match(entry: entry, match: $0)) }
        }
        matches = found.sorted { ($0.1.match.kind.rawValue, $0.0) < ($1.1.match.kind.rawValue, $1.0) }.map(\.1)
    }
}
