/// A filterable list to choose a value from: a form field's (a board, a section, an enum option), or a
/// filter's (My pins' creative type).
public struct PickerState: Hashable, Sendable {
    public var title: String
    public var options: [PickerOption]
    /// What the user typed to narrow the list.
    public private(set) var filter: TextBuffer
    /// The highlighted option's index in `visibleOptions`.
    public private(set) var selectedIndex: Int
    /// What the chosen option fills.
    public let target: PickerTarget
    /// True while the options are still being fetched (e.g. a board's sections).
    public var isLoading: Bool

    public init(
        title: String, options: [PickerOption], target: PickerTarget, selectedID: String? = nil, isLoading: Bool = false
    ) {
        self.title = title
        self.options = options
        self.target = target
        self.isLoading = isLoading
        filter = TextBuffer()
        selectedIndex = options.firstIndex { $0.id == selectedID } ?? 0
    }

    /// The options matching the filter, case-insensitively: those containing it first, then those
    /// containing its characters in order (so "smrc" finds "Summer recipes").
    public var visibleOptions: [PickerOption] {
        let query = filter.text.lowercased().filter { !$0.isWhitespace }
        guard !query.isEmpty else { return options }
        let substring = options.filter { $0.label.lowercased().contains(query) }
        let subsequence = options.filter { option in
            let label = option.label.lowercased()
            return !label.contains(query) && Self.contains(label, inOrder: query)
        }
        return substring + subsequence
    }

    /// The highlighted option, nil when nothing matches.
    public var selectedOption: PickerOption? {
        let visible = visibleOptions
        return visible.indices.contains(selectedIndex) ? visible[selectedIndex] : nil
    }

    /// Edits the filter; the highlight goes back to the first match.
    public mutating func editFilter(_ command: TextEditCommand) {
        filter.apply(command)
        selectedIndex = 0
    }

    /// Moves the highlight by `offset`, stopping at either end.
    public mutating func moveSelection(by offset: Int) {
        let count = visibleOptions.count
        selectedIndex = count == 0 ? 0 : min(max(selectedIndex + offset, 0), count - 1)
    }

    /// Replaces the options once loaded, keeping the highlight on the same option when it remains.
    public mutating func load(_ options: [PickerOption]) {
        let previous = selectedOption?.id
        self.options = options
        isLoading = false
        selectedIndex = visibleOptions.firstIndex { $0.id == previous } ?? 0
    }

    private static func contains(_ text: String, inOrder query: String) -> Bool {
        var remaining = query[...]
        for character in text where character == remaining.first {
            remaining = remaining.dropFirst()
            if remaining.isEmpty { return true }
        }
        return remaining.isEmpty
    }
}
