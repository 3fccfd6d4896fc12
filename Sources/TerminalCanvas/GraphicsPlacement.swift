/// A graphics-protocol picture (kitty, sixel, iTerm2) at the rectangle of blank cells a view reserved
/// for it. The terminal layer writes it after the frame, never again while it stays the same, and
/// clears it once the placement changes or goes.
public struct GraphicsPlacement: Hashable, Sendable {
    public var rect: Rect
    public var graphics: GraphicsProtocol
    /// The escape sequence that draws the picture with its top-left corner at the cursor.
    public var bytes: [UInt8]

    public init(rect: Rect, graphics: GraphicsProtocol, bytes: [UInt8]) {
        self.rect = rect
        self.graphics = graphics
        self.bytes = bytes
    }
}

/// A frame for the terminal: the cells, and the graphics-protocol pictures to write over them.
public struct TerminalFrame: Hashable, Sendable {
    public var buffer: ScreenBuffer
    public var graphics: [GraphicsPlacement]

    public init(buffer: ScreenBuffer, graphics: [GraphicsPlacement] = []) {
        self.buffer = buffer
        self.graphics = graphics
    }
}
