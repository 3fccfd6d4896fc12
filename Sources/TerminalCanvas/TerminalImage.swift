/// A picture sized in terminal cells, ready to show.
///
/// Symbol pictures are cells with colours (half blocks, quadrants, sextants) that the view copies into
/// the screen buffer like text. Graphics-protocol pictures (kitty, sixel, iTerm2) are bytes the terminal
/// layer writes after the frame at the rectangle the view reserved for them; the view draws blanks there.
public struct TerminalImage: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        /// `size.width * size.height` cells, row by row.
        case cells([Cell])
        /// The escape sequence that draws the picture with its top-left corner at the cursor.
        case graphics(GraphicsProtocol, [UInt8])
    }

    public let size: Size
    public let content: Content

    public init(size: Size, content: Content) {
        self.size = size
        self.content = content
    }
}

/// The terminal graphics protocols a picture may be drawn with.
public enum GraphicsProtocol: String, Hashable, Sendable, CaseIterable {
    case kitty
    case sixel
    case iterm
}
