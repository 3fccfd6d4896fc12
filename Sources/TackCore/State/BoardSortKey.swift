/// What a list of boards can be sorted by.
public enum BoardSortKey: String, ItemSortKey {
    case apiOrder = "api order"
    case name
    case createdAt = "created"
    case pinCount = "pin count"
}
