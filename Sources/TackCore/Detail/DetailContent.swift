/// What the detail pane (or the pin view) shows of an item: the kind of item in the border title, its
/// name, and its fields.
public struct DetailContent: Hashable, Sendable {
    public var kind: String
    public var heading: String
    public var fields: [DetailField]

    public init(kind: String, heading: String, fields: [DetailField]) {
        self.kind = kind
        self.heading = heading
        self.fields = fields
    }
}
