/// What a board's sections can be sorted by (the "(all pins)" row always stays first).
public enum SectionSortKey: String, ItemSortKey {
    case apiOrder = "api order"
    case name
}
