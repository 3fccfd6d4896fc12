/// A key with its modifiers: ctrl-c is `KeyPress(.character("c"), [.ctrl])`, shift-tab is `KeyPress(.tab, [.shift])`.
public struct KeyPress: Hashable, Sendable {
    public var key: Key
    public var modifiers: KeyModifiers

    public init(_ key: Key, _ modifiers: KeyModifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }
}
