/// The smallest set of draw runs that turns one frame into the next.
public enum FrameDiff {
    /// Runs of changed cells, row by row, left to right, one run per stretch of adjacent changed cells in
    /// the same style. No previous frame, or one of another size, repaints everything; an identical frame
    /// gives no runs. A wide character is drawn whole when either of its halves changed.
    public static func runs(from previous: ScreenBuffer?, to next: ScreenBuffer) -> [DrawRun] {
        let width = next.size.width
        let cells = next.cells
        let old = previous.flatMap { $0.size == next.size ? $0.cells : nil }
        var runs: [DrawRun] = []
        var text: [UInt8] = []
        for y in 0..<next.size.height {
            let row = (y * width)..<((y + 1) * width)
            // Most rows of a frame are as they were: one comparison skips them.
            if let old, old[row] == cells[row] {
                continue
            }
            var pending: (x: Int, style: Style)?
            func flush() {
                guard let run = pending else { return }
                runs.append(DrawRun(x: run.x, y: y, text: String(decoding: text, as: UTF8.self), style: run.style))
                pending = nil
                text.removeAll(keepingCapacity: true)
            }
            var x = 0
            while x < width {
                let index = row.lowerBound + x
                let cell = cells[index]
                let span = x + 1 < width && cells[index + 1].isWideContinuation ? 2 : 1
                defer { x += span }
                let changed = old.map { old in old[index] != cell || (span == 2 && old[index + 1] != cells[index + 1]) } ?? true
                // An orphaned right half has nothing to draw; the cell to its left covers it.
                guard changed, !cell.isWideContinuation else {
                    flush()
                    continue
                }
                if pending?.style != cell.style {
                    flush()
                    pending = (x, cell.style)
                }
                cell.content.appendUTF8(to: &text)
            }
            flush()
        }
        return runs
    }

}
