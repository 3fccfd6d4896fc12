import TerminalCanvas

/// Lays out rows under headings in aligned columns. Cell text is sanitised (no escape sequences or
/// line breaks reach the terminal); given a width, the free-text columns named `shrinkable` (never ids,
/// which a cut would spoil) are cut to fit it, the widest first.
struct TableLayout {
    let columns: [String]
    let rows: [[String]]
    var shrinkable: Set<String> = []

    static let gap = "  "

    func render(width: Int?) -> String {
        let cleanRows = rows.map { $0.map(TextSanitizer.sanitize) }
        var widths = columns.indices.map { index in
            cleanRows.reduce(TextWidth.columns(of: columns[index])) { max($0, TextWidth.columns(of: $1[index])) }
        }
        if let width { shrink(&widths, toFit: width) }
        return ([columns] + cleanRows).map { cells in
            cells.indices.map { index in
                let text = TextWidth.truncate(cells[index], toColumns: widths[index])
                return index == cells.count - 1 ? text : TextWidth.pad(text, toColumns: widths[index])
            }.joined(separator: Self.gap).trimmingTrailingSpaces() + "\n"
        }.joined()
    }

    /// "Heading: value" lines for a single item.
    static func record(columns: [String], cells: [String]) -> String {
        let width = columns.map(TextWidth.columns(of:)).max() ?? 0
        return zip(columns, cells).map { heading, value in
            TextWidth.pad(heading + ":", toColumns: width + 1) + " " + TextSanitizer.sanitize(value) + "\n"
        }.joined()
    }

    /// Narrows the widest shrinkable column, a column at a time, until a row fits (none below six
    /// columns or its heading: past that, rows wrap).
    private func shrink(_ widths: inout [Int], toFit total: Int) {
        let floor = columns.map { max(TextWidth.columns(of: $0), 6) }
        let candidates = columns.indices.filter { shrinkable.contains(columns[$0]) }
        while widths.reduce(0, +) + Self.gap.count * (widths.count - 1) > total {
            guard let widest = candidates.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] })
            else { return }
            widths[widest] -= 1
        }
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
