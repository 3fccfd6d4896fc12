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
    /// Row after row; `FrameDiff` reads them directly.
    private(set) var cells: [Cell]
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
        guard let count = PlainText.columnCount(text) else {
            return writeGraphemes(text, x: x, y: y, style: style, maxWidth: maxWidth)
        }
        guard (0..<size.height).contains(y) else { return 0 }
        return writePlain(text, count: count, x: x, y: y, style: style, limit: columnLimit(x: x, maxWidth: maxWidth))
    }

    /// The general path of `write`: sanitises, then measures and places one grapheme at a time.
    @discardableResult
    mutating func writeGraphemes(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard (0..<size.height).contains(y) else { return 0 }
        let limit = columnLimit(x: x, maxWidth: maxWidth)
        var column = x
        for character in TextSanitizer.sanitizeScalars(text) {
            let width = TextWidth.columns(of: character)
            guard width > 0 else { continue }
            guard column < limit else { break }
            if column + width > limit {
                // Left of the buffer (a negative x), there is no cell to blank.
                if column >= 0 {
                    place(Cell(grapheme: " ", style: style), width: 1, x: column, y: y)
                }
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

    /// The column where text written from `x` stops: the buffer's edge or `maxWidth` columns on.
    private func columnLimit(x: Int, maxWidth: Int?) -> Int {
        min(size.width, maxWidth.map { x + max(0, $0) } ?? size.width)
    }

    /// `write` for plain text (see `PlainText`): one column per code point, which the sanitiser keeps.
    private mutating func writePlain(_ text: String, count: Int, x: Int, y: Int, style: Style, limit: Int) -> Int {
        let end = min(x + count, max(x, limit))
        let columns = max(0, x)..<max(0, end)
        guard !columns.isEmpty else { return max(0, end - x) }
        // ASCII (as many bytes as columns) is placed byte by byte.
        let placed: Void? = count == text.utf8.count ? text.utf8.withContiguousStorageIfAvailable { bytes in
            replaceCells(in: columns, y: y) { column in Cell(content: CellGrapheme(ascii: bytes[column - x]), style: style) }
        } : nil
        if placed == nil {
            var scalars = text.unicodeScalars.dropFirst(columns.lowerBound - x).makeIterator()
            replaceCells(in: columns, y: y) { _ in Cell(content: CellGrapheme(scalars.next()!), style: style) }
        }
        return end - x
    }

    /// Blanks every cell of `rect` (clipped to the buffer) in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let area = rect.intersection(Rect(size: size))
        guard !area.isEmpty else { return }
        let blankCell = Cell.blank(style)
        for row in area.y..<area.maxY {
            replaceCells(in: area.x..<area.maxX, y: row) { _ in blankCell }
        }
    }

    /// Light box-drawing border; the title (sanitised, truncated with an ellipsis) sits on the top edge.
    /// The inside is left untouched. Boxes smaller than 2×2 draw nothing.
    public mutating func drawBox(_ rect: Rect, style: Style, title: String? = nil, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        drawEdge(left: Self.topLeft, line: Self.horizontal, right: Self.topRight, in: rect, y: rect.y, style: style)
        drawEdge(left: Self.bottomLeft, line: Self.horizontal, right: Self.bottomRight, in: rect, y: rect.maxY - 1, style: style)
        for row in (rect.y + 1)..<(rect.maxY - 1) {
            drawEdge(left: Self.vertical, line: nil, right: Self.vertical, in: rect, y: row, style: style)
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

    private static let topLeft = CellGrapheme("┌"), topRight = CellGrapheme("┐")
    private static let bottomLeft = CellGrapheme("└"), bottomRight = CellGrapheme("┘")
    private static let horizontal = CellGrapheme("─"), vertical = CellGrapheme("│")

    /// One row of a box: `left` and `right` in its outer columns and `line` (when given) between them,
    /// clipped to the buffer. All three are one-column graphemes.
    private mutating func drawEdge(left: CellGrapheme, line: CellGrapheme?, right: CellGrapheme, in rect: Rect, y: Int, style: Style) {
        guard (0..<size.height).contains(y) else { return }
        let leftCell = Cell(content: left, style: style)
        let rightCell = Cell(content: right, style: style)
        guard let line else {
            replaceCells(in: clipped(rect.x..<(rect.x + 1)), y: y) { _ in leftCell }
            replaceCells(in: clipped((rect.maxX - 1)..<rect.maxX), y: y) { _ in rightCell }
            return
        }
        let lineCell = Cell(content: line, style: style)
        replaceCells(in: clipped(rect.x..<rect.maxX), y: y) { column in
            column == rect.x ? leftCell : column == rect.maxX - 1 ? rightCell : lineCell
        }
    }

    private func clipped(_ columns: Range<Int>) -> Range<Int> {
        columns.clamped(to: 0..<size.width)
    }

    /// Sets the cells of `columns` (inside the buffer) in row `y` to one-column cells, blanking any wide
    /// character cut at either end; the same as placing them one by one.
    private mutating func replaceCells(in columns: Range<Int>, y: Int, _ cell: (Int) -> Cell) {
        guard !columns.isEmpty else { return }
        breakWideCharacters(at: columns.lowerBound, y: y)
        breakWideCharacters(at: columns.upperBound, y: y)
        let rowStart = y * size.width
        for column in columns {
            cells[rowStart + column] = cell(column)
        }
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
        cells[y * size.width + x - 1].content = .space
        cells[y * size.width + x].content = .space
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
