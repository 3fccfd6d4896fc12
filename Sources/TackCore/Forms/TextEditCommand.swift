/// One editing operation on a `TextBuffer`; the reducer maps keymap commands onto these.
public enum TextEditCommand: Hashable, Sendable {
    /// Typed text or a bracketed paste.
    case insert(String)
    case insertNewline
    case moveLeft, moveRight, moveWordLeft, moveWordRight
    case moveToLineStart, moveToLineEnd, moveUp, moveDown
    case deleteBackward, deleteForward, deleteWordBackward, deleteWordForward
    case deleteToLineStart, deleteToLineEnd
}

extension TextBuffer {
    public mutating func apply(_ command: TextEditCommand) {
        switch command {
        case .insert(let typed): insert(typed)
        case .insertNewline: insertNewline()
        case .moveLeft: moveLeft()
        case .moveRight: moveRight()
        case .moveWordLeft: moveWordLeft()
        case .moveWordRight: moveWordRight()
        case .moveToLineStart: moveToLineStart()
        case .moveToLineEnd: moveToLineEnd()
        case .moveUp: moveUp()
        case .moveDown: moveDown()
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .deleteWordBackward: deleteWordBackward()
        case .deleteWordForward: deleteWordForward()
        case .deleteToLineStart: deleteToLineStart()
        case .deleteToLineEnd: deleteToLineEnd()
        }
    }
}
