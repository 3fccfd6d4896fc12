/// One choice in a picker: a board, a section or an enum value.
public struct PickerOption: Hashable, Sendable, Identifiable {
    /// The id filled into the form; nil for "none" (a section picker's "the board itself").
    public var id: String?
    public var label: String
    /// A muted note beside the label, e.g. a board's pin count.
    public var detail: String?

    public init(id: String?, label: String, detail: String? = nil) {
        self.id = id
        self.label = label
        self.detail = detail
    }

    /// A section picker's first option: no section, the board itself.
    public static let noSection = PickerOption(id: nil, label: "(none: the board itself)")
}
