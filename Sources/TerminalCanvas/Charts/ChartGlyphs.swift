/// The characters charts draw with, chosen once per terminal by the caller (see `forTerminal`).
///
/// Sparklines and bars draw with eighth blocks in both UTF-8 sets; line charts plot braille dots (2×4 per cell)
/// in `.braille` and half blocks (1×2 per cell) in `.blocks`. `.ascii` uses `.:-=+*#` levels, `#` bars,
/// `*` points and `-` `|` `+` axes. No glyph set relies on colour: shapes and labels carry the meaning.
public enum ChartGlyphs: Hashable, Sendable, CaseIterable {
    case braille
    /// For UTF-8 terminals whose font lacks braille, such as the Linux console.
    case blocks
    /// For a locale that is not UTF-8, or a terminal like the vt100.
    case ascii

    /// The set for a terminal: ASCII when the locale is not UTF-8 or `term` names a terminal without
    /// Unicode (unset, `dumb`, a DEC `vtNNN`), half blocks on the Linux console, braille elsewhere.
    public static func forTerminal(isUTF8: Bool, term: String?) -> ChartGlyphs {
        let name = (term ?? "").lowercased()
        let isDECTerminal = name.hasPrefix("vt") && name.dropFirst(2).first?.isNumber == true
        if !isUTF8 || name.isEmpty || name == "dumb" || isDECTerminal {
            return .ascii
        }
        return name == "linux" || name.hasPrefix("linux-") ? .blocks : .braille
    }

    /// What a sparkline shows in a column with no data, so that it never reads as zero.
    public var noDataMark: String {
        self == .ascii ? "?" : "·"
    }

    /// A sparkline cell filled to 1, 2, … levels (the last is a full cell), bottom up.
    var sparkLevels: [String] {
        self == .ascii ? [".", ":", "-", "=", "+", "*", "#"] : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    }

    /// A horizontal bar's last cell filled to 1, 2, … parts (the last is a full cell), left to right.
    var barParts: [String] {
        self == .ascii ? ["#"] : ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    }

    /// Dots a line chart can plot in one cell, across and down.
    var dotsPerCell: (across: Int, down: Int) {
        switch self {
        case .braille: (2, 4)
        case .blocks: (1, 2)
        case .ascii: (1, 1)
        }
    }

    var verticalAxis: String { self == .ascii ? "|" : "│" }
    var horizontalAxis: String { self == .ascii ? "-" : "─" }
    var axisCorner: String { self == .ascii ? "+" : "└" }
    var valueTick: String { self == .ascii ? "+" : "┤" }
    var dateTick: String { self == .ascii ? "+" : "┬" }

    /// The mark of the `index`th series of a line chart in the legend (and, in ASCII, in the plot), so that
    /// series stay apart without colour: ASCII plots each with its own character, the others dot the
    /// lines after the first more and more sparsely (see `dotSpacing`), as their legend marks show.
    func seriesMark(_ index: Int) -> String {
        let marks = self == .ascii ? ["*", "o", "x", "@", "&"] : ["──", "┄┄", "┈┈"]
        return marks[index % marks.count]
    }

    /// How many series a line chart tells apart without colour (after that, marks and dotting repeat).
    public var distinctSeriesCount: Int { self == .ascii ? 5 : 3 }

    /// Every how many dots the `index`th series's line is drawn: 1 is solid.
    func dotSpacing(forSeries index: Int) -> Int {
        self == .ascii ? 1 : index % 3 + 1
    }

    /// What ASCII draws in the area under a line.
    var areaFillMark: String { ":" }
}
