/// Places labels along a row without overlap: every `step`th label counted back from the last one, each
/// centred on its column and kept inside the row, with at least one blank cell between neighbours.
/// The step is the first of 1, 2, 3, 7, 14, 28, 56, … (days, then weeks) whose labels all fit, else the
/// first and last labels alone; when even those two do not fit, only the last, if it fits at all.
struct AxisLabelPlacement: Hashable, Sendable {
    /// One label as placed: which label it is, the column it marks and where its text starts.
    struct Placed: Hashable, Sendable {
        var index: Int
        var column: Int
        var x: Int
        var text: String
    }

    let placed: [Placed]

    /// `labels[i]` marks `columns[i]`; the row spans `row` (its x and width are used).
    init(labels: [String], columns: [Int], row: Rect) {
        let count = min(labels.count, columns.count)
        var step = 1
        while true {
            // A step past the first label still shows the first and the last.
            let effectiveStep = min(step, max(1, count - 1))
            if let fitting = Self.place(labels: labels, columns: columns, count: count, step: effectiveStep, row: row) {
                placed = fitting
                return
            }
            if effectiveStep >= count - 1 {
                break
            }
            step = Self.nextStep(after: step)
        }
        placed = Self.place(labels: labels, columns: columns, count: count, step: max(1, count), row: row) ?? []
    }

    private static func nextStep(after step: Int) -> Int {
        switch step {
        case 1: 2
        case 2: 3
        case 3: 7
        default: step * 2
        }
    }

    /// The labels at every `step`th index back from the last, or `nil` when two would touch.
    private static func place(labels: [String], columns: [Int], count: Int, step: Int, row: Rect) -> [Placed]? {
        var result: [Placed] = []
        var index = count - 1
        while index >= 0 {
            let text = TextSanitizer.sanitize(labels[index])
            let width = TextWidth.columns(of: text)
            guard width <= row.width else { return nil }
            let x = min(max(row.x, columns[index] - (width - 1) / 2), row.maxX - width)
            if let right = result.last, x + width + 1 > right.x {
                return nil
            }
            result.append(Placed(index: index, column: columns[index], x: x, text: text))
            index -= step
        }
        return result.reversed()
    }
}
