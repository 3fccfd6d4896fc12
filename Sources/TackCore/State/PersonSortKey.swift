/// What a list of accounts (followers, following, linked businesses) can be sorted by.
public enum PersonSortKey: String, ItemSortKey {
    case apiOrder = "api order"
    case username
}
