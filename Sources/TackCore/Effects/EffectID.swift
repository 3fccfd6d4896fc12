/// Names a running effect so it can be cancelled; starting an effect with the id of a running one replaces it.
public struct EffectID: Hashable, Sendable, CustomStringConvertible {
    public var name: String

    public init(_ name: String) { self.name = name }

    public static let account = EffectID("account")

    /// The loads of one list pane.
    public static func pane(_ pane: PaneID) -> EffectID { EffectID("pane.\(pane)") }

    public var description: String { name }
}
