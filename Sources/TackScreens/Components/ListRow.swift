/// One row of a list pane: text on the left, an optional right-aligned column, and whether it is a
/// secondary row: drawn muted and not counted as an item, like "(all pins)".
public struct ListRow: Hashable, Sendable {
    public var text: String
    public var trailing: String
    public var isSecondary: Bool

    public init(text: String, trailing: String = "", isSecondary: Bool = false) {
        self.text = text
        self.trailing = trailing
        self.isSecondary = isSecondary
    }
}
