import TerminalCanvas

/// What a picture is converted into for the terminal (TackCore's `PictureRenderer`, the choice made for
/// this terminal, is mapped to one of these with the colours the terminal shows).
public enum PictureOutput: Hashable, Sendable {
    /// Cells of block symbols with colours: works anywhere with colour and UTF-8 (SSH, tmux, screen).
    case symbols(SymbolSet, SymbolColors)
    /// An escape sequence of a terminal graphics protocol, drawn by the terminal layer.
    case graphics(GraphicsProtocol)
}

/// The block symbols a symbol picture is made of; each splits a cell into more pixels than the last.
public enum SymbolSet: String, Hashable, Sendable, CaseIterable {
    /// ▀ ▄ ▌ ▐ and full blocks: 1x2 pixels a cell, in every font.
    case halfBlocks
    /// Adds ▘ ▝ ▖ ▗ ▚ …: 2x2 pixels a cell.
    case quadrants
    /// Adds the sextants of Unicode 13 (🬀 …): 2x3 pixels a cell; needs a recent font.
    case sextants
}

/// The colours a symbol picture's cells use.
public enum SymbolColors: String, Hashable, Sendable, CaseIterable {
    /// `Color.rgb`.
    case truecolor
    /// `Color.indexed`, the xterm 256-colour palette.
    case palette256
    /// `Color.ansi`, the 16 standard colours.
    case palette16
}
