/// One row of a list pane: text on the left, an optional right-aligned column, whether it is a
/// secondary row (drawn muted and not counted as an item, like "(all pins)"), and whether it is marked.
public struct ListRow: Hashable, Sendable {
    /// Marked for a bulk move or delete; `anchor` is where the range being marked started and
    /// `inRange` the rest of that range (marked-to-be until it ends).
    public enum Mark: Hashable, Sendable {
        case none, marked, anchor, inRange
    }

    public var text: String
    public var trailing: String
    public var isSecondary: Bool
    public var mark: Mark

    public init(text: String, trailing: String = "", isSecondary: Bool = false, mark: Mark = .none) {
        self.text = text
        self.trailing = trailing
        self.isSecondary = isSecondary
        self.mark = mark
    }
}
