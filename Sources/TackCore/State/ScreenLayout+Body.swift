import TerminalCanvas

extension ScreenLayout {
    /// Every row between the header and the status line: where a full-screen view over the screen (a
    /// pin's analytics, the pin view) goes.
    public var body: Rect {
        Rect(x: header.x, y: header.y + 1, width: header.width, height: status.y - header.y - 1)
    }

    /// Where the pin view's lines go inside its box (drawn over `body`): how many are in view and how
    /// far page up/down scrolls.
    public static func pinViewTextArea(ofBox box: Rect) -> Rect {
        box.inset(horizontally: 2, vertically: 1)
    }
}
