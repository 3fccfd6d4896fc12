/// A terminal colour, from the terminal's own default to 24-bit RGB.
public enum Color: Hashable, Sendable {
    /// Whatever the terminal uses when no colour is set (keeps transparent backgrounds transparent).
    case terminalDefault
    /// One of the 16 standard colours, 0...15 (8...15 are the bright variants).
    case ansi(UInt8)
    /// An index into the xterm 256-colour palette.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}
