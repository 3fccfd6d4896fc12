/// One option of a choice field: `id` is what is sent (e.g. "SECRET"), `label` what is shown.
public struct ChoiceOption: Hashable, Sendable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
