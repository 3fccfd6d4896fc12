/// One terminal cell.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here: `" "` when blank, `""` for the right half of a wide character
    /// (whose grapheme lives in the cell to the left).
    public var grapheme: String
    public var style: Style

    public init(grapheme: String, style: Style = .plain) {
        self.grapheme = grapheme
        self.style = style
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(grapheme: " ", style: style)
    }

    /// Whether this is the right half of a wide character.
    public var isWideContinuation: Bool { grapheme.isEmpty }
}
