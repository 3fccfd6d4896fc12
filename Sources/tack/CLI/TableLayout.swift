import TerminalCanvas

/// Lays out rows under headings in aligned columns. Cell text is sanitised (no escape sequences or
/// line breaks reach the terminal); given a width, the widest columns are cut to fit it.
struct TableLayout {
    let columns: [String]
    let rows: [[String]]

    static let gap = "  "

    func render(width: Int?) -> String {
        let cleanRows = rows.map { $0.map(TextSanitizer.sanitize) }
        var widths = columns.indices.map { index in
            cleanRows.reduce(TextWidth.columns(of: columns[index])) { max($0, TextWidth.columns(of: $1[index])) }
        }
        if let width { Self.shrink(&widths, toFit: width, headings: columns) }
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

    /// Narrows the widest column, one column at a time, until the row fits (never below its heading).
    private static func shrink(_ widths: inout [Int], toFit total: Int, headings: [String]) {
        let floor = headings.map { max(TextWidth.columns(of: $0), 4) }
        while widths.reduce(0, +) + gap.count * (widths.count - 1) > total {
            guard let widest = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] })
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
