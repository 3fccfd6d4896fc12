/// How many colours a terminal can show, ordered from none to the 256-colour palette.
public enum ColorCapability: Int, Comparable, Sendable, CaseIterable {
    case none
    case eight
    case sixteen
    case indexed256

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
