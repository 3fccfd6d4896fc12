/// One terminal cell. Plain memory (see `CellGrapheme`), so buffers copy and compare cheaply.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here: `" "` when blank, `""` for the right half of a wide character
    /// (whose grapheme lives in the cell to the left).
    public var grapheme: String {
        get { content.string }
        set { content = CellGrapheme(newValue) }
    }
    var content: CellGrapheme
    public var style: Style

    public init(grapheme: String, style: Style = .plain) {
        self.init(content: CellGrapheme(grapheme), style: style)
    }

    init(content: CellGrapheme, style: Style) {
        self.content = content
        self.style = style
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(content: .space, style: style)
    }

    /// Whether this is the right half of a wide character.
    public var isWideContinuation: Bool { content.isEmpty }
}
