/// What a list of boards can be sorted by.
public enum BoardSortKey: String, ItemSortKey {
    case apiOrder = "api order"
    case name
    case createdAt = "created"
    case pinCount = "pins"

    /// The boards with the most pins first.
    public var firstDirection: SortDirection { self == .pinCount ? .descending : .ascending }
}
