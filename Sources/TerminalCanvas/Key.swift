/// A key on the keyboard, independent of modifiers.
public enum Key: Hashable, Sendable {
    /// A printable character as typed ("Q" for shift-q: no shift modifier for printable characters).
    case character(Character)
    case enter, escape, tab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1 is `.function(1)`.
    case function(Int)
}
