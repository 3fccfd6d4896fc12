import TerminalCanvas

/// What pictures are drawn with on this terminal.
public enum PictureRenderer: Hashable, Sendable {
    /// Coloured half blocks, quadrants or sextants: cells the view draws like text.
    case symbols
    /// Bytes of a graphics protocol, written by the terminal layer at a rectangle the view reserves.
    case graphics(GraphicsProtocol)
    /// No colour or no UTF-8: a framed box with the picture's size and colour in words.
    case framed
    /// Pictures are off: the detail shows only its fields.
    case off

    /// Whether pictures are fetched and converted at all.
    public var loadsPictures: Bool {
        switch self {
        case .symbols, .graphics: true
        case .framed, .off: false
        }
    }

    /// "symbols", "kitty", "sixel", "iterm", "framed", "off".
    public var name: String {
        switch self {
        case .symbols: "symbols"
        case .graphics(let graphics): graphics.rawValue
        case .framed: "framed"
        case .off: "off"
        }
    }
}
