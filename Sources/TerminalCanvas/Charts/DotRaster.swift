/// A grid of dots finer than cells, which a line chart plots into before turning it into characters:
/// 2×4 dots per cell in braille, 1×2 in half blocks, 1×1 in ASCII. Dot (0, 0) is the bottom-left.
///
/// Each cell remembers which series drew in it last and whether with its line or only its area fill;
/// a line wins over a fill, and the cell takes that series's style.
struct DotRaster {
    /// What a dot belongs to: a series's area fill, or its line (which wins a shared cell).
    enum Ink: Int, Comparable {
        case fill
        case line

        static func < (lhs: Ink, rhs: Ink) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The series and ink a cell is drawn for.
    struct Owner: Hashable {
        var series: Int
        var ink: Ink
    }

    let columns: Int
    let rows: Int
    let glyphs: ChartGlyphs
    private let dotsAcross: Int
    private let dotsDown: Int
    private var masks: [UInt8]
    private var owners: [Owner?]

    init(columns: Int, rows: Int, glyphs: ChartGlyphs) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.glyphs = glyphs
        (dotsAcross, dotsDown) = glyphs.dotsPerCell
        masks = Array(repeating: 0, count: self.columns * self.rows)
        owners = Array(repeating: nil, count: self.columns * self.rows)
    }

    var dotWidth: Int { columns * dotsAcross }
    var dotHeight: Int { rows * dotsDown }

    /// Sets one dot; dots outside the grid are ignored.
    mutating func set(x: Int, y: Int, series: Int, ink: Ink) {
        guard (0..<dotWidth).contains(x), (0..<dotHeight).contains(y) else { return }
        let cell = (rows - 1 - y / dotsDown) * columns + x / dotsAcross
        masks[cell] |= Self.bit(across: x % dotsAcross, down: dotsDown - 1 - y % dotsDown, glyphs: glyphs)
        if let owner = owners[cell], owner.ink > ink {
            return
        }
        owners[cell] = Owner(series: series, ink: ink)
    }

    /// Where a series's line has got to: how many distinct dots its path has passed, and the last one.
    struct Path {
        fileprivate var dotCount = 0
        fileprivate var lastDot: (x: Int, y: Int)?
    }

    /// The dots of a straight line from `start` up to, not including, `end` (which starts the next segment),
    /// or the dot `start` when they coincide. A dotted series draws only every `dotSpacing`th distinct dot
    /// along its whole `path`, so the pattern holds however short the segments are, even when many days
    /// fall on one dot.
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), series: Int, path: inout Path) {
        let steps = max(abs(end.x - start.x), abs(end.y - start.y))
        let spacing = glyphs.dotSpacing(forSeries: series)
        for step in 0..<max(1, steps) {
            let share = steps == 0 ? 0 : Double(step) / Double(steps)
            let x = start.x + Int((Double(end.x - start.x) * share).rounded())
            let y = start.y + Int((Double(end.y - start.y) * share).rounded())
            if let last = path.lastDot, last == (x, y) {
                continue
            }
            path.lastDot = (x, y)
            path.dotCount += 1
            if (path.dotCount - 1) % spacing == 0 {
                set(x: x, y: y, series: series, ink: .line)
            }
        }
    }

    /// Fills the dots of column `x` between `y1` and `y2`, both included, as area.
    mutating func fill(x: Int, from y1: Int, to y2: Int, series: Int) {
        for y in min(y1, y2)...max(y1, y2) {
            set(x: x, y: y, series: series, ink: .fill)
        }
    }

    /// The character for a cell and who drew it; `nil` for an empty cell.
    func cell(column: Int, row: Int) -> (glyph: String, owner: Owner)? {
        let index = row * columns + column
        guard let owner = owners[index] else { return nil }
        switch glyphs {
        case .braille:
            return (String(Character(Unicode.Scalar(0x2800 + UInt32(masks[index]))!)), owner)
        case .blocks:
            return ([" ", "▀", "▄", "█"][Int(masks[index])], owner)
        case .ascii:
            return (owner.ink == .line ? glyphs.seriesMark(owner.series) : glyphs.areaFillMark, owner)
        }
    }

    /// The bit of a dot within its cell, `down` counted from the cell's top.
    private static func bit(across: Int, down: Int, glyphs: ChartGlyphs) -> UInt8 {
        switch glyphs {
        case .braille:
            // Braille numbers its dots 1-2-3 down the left, 4-5-6 down the right, then 7 and 8 underneath.
            let left: [UInt8] = [0x01, 0x02, 0x04, 0x40], right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
            return across == 0 ? left[down] : right[down]
        case .blocks:
            return down == 0 ? 1 : 2
        case .ascii:
            return 1
        }
    }
}
