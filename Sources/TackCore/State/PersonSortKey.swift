/// What a list of people (followers, following) can be sorted by: the sort key of the people
/// item type, which declares `typealias SortKey = PersonSortKey` when its list pane arrives.
public enum PersonSortKey: String, ItemSortKey {
    case apiOrder = "api order"
    case username
}
