import PinterestAPI

/// A row of the Sections pane: the "(all pins)" row that always comes first, then the board's sections.
public enum SectionEntry: PaneItem {
    case allPins
    case section(BoardSection)

    /// The selection id of the "(all pins)" row; section ids from the API are numeric, so it cannot clash.
    public static let allPinsID = "(all pins)"

    public var id: String {
        switch self {
        case .allPins: Self.allPinsID
        case .section(let section): section.id
        }
    }

    public var filterText: String { name }

    /// The section's name; empty for "(all pins)".
    public var name: String {
        switch self {
        case .allPins: ""
        case .section(let section): section.name
        }
    }

    public static var leadingRows: [SectionEntry] { [.allPins] }

    public func precedes(_ other: SectionEntry, by key: SectionSortKey) -> Bool {
        switch key {
        case .name: name.caseInsensitiveCompare(other.name) == .orderedAscending
        case .apiOrder: false
        }
    }
}
