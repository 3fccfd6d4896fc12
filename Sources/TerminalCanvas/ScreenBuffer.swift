/// A grid of cells that views draw into; the terminal layer diffs successive buffers and draws the changes.
///
/// Invariant kept by `write` and `fill`: a wide character's cell is always followed by its `""` right half,
/// and a `""` cell always follows a wide character. Overwriting either half blanks the other.
public struct ScreenBuffer: Hashable, Sendable {
    /// Resizing keeps the top-left content and fills new cells with blanks in the buffer's initial style.
    public var size: Size {
        get { storedSize }
        set { resize(to: newValue) }
    }
    private var storedSize: Size
    private var cells: [Cell]
    private let blank: Cell

    public init(size: Size, style: Style = .plain) {
        let clamped = Size(width: max(0, size.width), height: max(0, size.height))
        self.storedSize = clamped
        self.blank = .blank(style)
        self.cells = Array(repeating: .blank(style), count: clamped.width * clamped.height)
    }

    /// The cell at column `x`, row `y`. Reads outside the buffer give a blank cell; writes there are ignored.
    /// This is raw access: prefer `write` and `fill`, which keep wide characters whole.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * size.width + x] : blank }
        set {
            if contains(x: x, y: y) {
                cells[y * size.width + x] = newValue
            }
        }
    }

    /// Sanitises, clips to the buffer and to maxWidth, handles wide characters; returns columns used. No ellipsis.
    /// A wide character that does not fit in the last column becomes a space. Rows outside the buffer use 0.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard (0..<size.height).contains(y) else { return 0 }
        let limit = min(size.width, maxWidth.map { x + max(0, $0) } ?? size.width)
        var column = x
        for character in TextSanitizer.sanitize(text) {
            let width = TextWidth.columns(of: character)
            guard width > 0 else { continue }
            guard column < limit else { break }
            if column + width > limit {
                place(Cell(grapheme: " ", style: style), width: 1, x: column, y: y)
                column += 1
                break
            }
            if column >= 0 {
                place(Cell(grapheme: String(character), style: style), width: width, x: column, y: y)
            } else if column + width > 0 {
                // A wide character cut by the left edge: its visible half is a space.
                place(Cell(grapheme: " ", style: style), width: 1, x: 0, y: y)
            }
            column += width
        }
        return max(0, column - x)
    }

    /// Blanks every cell of `rect` (clipped to the buffer) in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let area = rect.intersection(Rect(size: size))
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            breakWideCharacters(at: area.x, y: row)
            breakWideCharacters(at: area.maxX, y: row)
            for column in area.x..<area.maxX {
                cells[row * size.width + column] = .blank(style)
            }
        }
    }

    /// Light box-drawing border; the title (sanitised, truncated with an ellipsis) sits on the top edge.
    /// The inside is left untouched. Boxes smaller than 2×2 draw nothing.
    public mutating func drawBox(_ rect: Rect, style: Style, title: String? = nil, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            write("│", x: rect.x, y: row, style: style)
            write("│", x: rect.maxX - 1, y: row, style: style)
        }
        // " title " after the corner, keeping at least one line cell before the other corner.
        let titleRoom = rect.width - 5
        if let title, titleRoom > 0 {
            let shown = TextWidth.truncate(TextSanitizer.sanitize(title), toColumns: titleRoom)
            if !shown.isEmpty {
                write(" " + shown + " ", x: rect.x + 1, y: rect.y, style: titleStyle ?? style)
            }
        }
    }

    /// Plain text of the whole buffer for snapshot tests: one line per row, trailing spaces trimmed.
    public func text() -> String {
        (0..<size.height).map { row in
            var line = cells[(row * size.width)..<((row + 1) * size.width)].map(\.grapheme).joined()
            while line.last == " " {
                line.removeLast()
            }
            return line
        }.joined(separator: "\n")
    }

    private func contains(x: Int, y: Int) -> Bool {
        (0..<size.width).contains(x) && (0..<size.height).contains(y)
    }

    /// Puts `cell` at (x, y) covering `width` columns (2 adds the `""` right half), blanking any wide
    /// character it cuts in two.
    private mutating func place(_ cell: Cell, width: Int, x: Int, y: Int) {
        breakWideCharacters(at: x, y: y)
        breakWideCharacters(at: x + width, y: y)
        cells[y * size.width + x] = cell
        if width == 2 {
            cells[y * size.width + x + 1] = Cell(grapheme: "", style: cell.style)
        }
    }

    /// Makes column `x` a clean boundary: if a wide character spans columns x-1 and x, its left half
    /// becomes a space and its right half a space too, so writing on either side cannot leave half of it.
    private mutating func breakWideCharacters(at x: Int, y: Int) {
        guard x > 0, x < size.width, cells[y * size.width + x].isWideContinuation else { return }
        cells[y * size.width + x - 1].grapheme = " "
        cells[y * size.width + x].grapheme = " "
    }

    private mutating func resize(to requested: Size) {
        let oldSize = storedSize
        storedSize = Size(width: max(0, requested.width), height: max(0, requested.height))
        let width = storedSize.width
        var resized = Array(repeating: blank, count: width * storedSize.height)
        for row in 0..<min(oldSize.height, storedSize.height) {
            for column in 0..<min(oldSize.width, width) {
                resized[row * width + column] = cells[row * oldSize.width + column]
            }
        }
        cells = resized
        // A wide character cut by the new right edge lost its right half: blank it.
        guard width > 0 else { return }
        for row in 0..<storedSize.height where TextWidth.columns(of: cells[row * width + width - 1].grapheme) == 2 {
            cells[row * width + width - 1].grapheme = " "
        }
    }
}
