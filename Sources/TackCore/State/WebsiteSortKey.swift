/// What a list of claimed websites can be sorted by.
public enum WebsiteSortKey: String, ItemSortKey {
    case apiOrder = "api order"
    case website
    case verifiedAt = "verified"
}
