/// What a picker's choice fills: a field of the open form, or the creative type filter of My pins.
public enum PickerTarget: Hashable, Sendable {
    case field(FieldID)
    case myPinsCreativeType
}
