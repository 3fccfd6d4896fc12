/// A key name in a keymap that is unknown, or names a key no terminal can send.
public struct KeyNameError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name as written.
    public var name: String
    /// Why it is refused.
    public var reason: String

    public var description: String { "key \"\(name)\": \(reason)" }
}
