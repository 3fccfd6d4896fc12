/// What a list of pins can be sorted by.
public enum PinSortKey: String, ItemSortKey {
    case apiOrder = "api order"
    case createdAt = "created"
    case title
}
