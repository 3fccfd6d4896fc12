/// A stretch of text in one style to draw at a position: the unit a frame diff hands to the terminal.
public struct DrawRun: Hashable, Sendable {
    public var x: Int
    public var y: Int
    /// Already sanitised graphemes; wide characters advance two columns.
    public var text: String
    public var style: Style

    public init(x: Int, y: Int, text: String, style: Style) {
        self.x = x
        self.y = y
        self.text = text
        self.style = style
    }
}
