import CChafa
import TerminalCanvas

/// Where a picture goes: the cells it takes, fitted to the cells at hand with its aspect kept, given the
/// size in pixels of one cell.
struct CellFitting: Hashable, Sendable {
    var cellPixelSize: Size

    /// The cells a `pixelWidth` x `pixelHeight` picture takes inside `cells`, at least 1x1.
    func cells(forPixels pixelWidth: Int, _ pixelHeight: Int, within cells: Size) -> Size {
        var width = Int32(max(cells.width, 1)), height = Int32(max(cells.height, 1))
        let fontRatio = Float(cellPixelSize.width) / Float(cellPixelSize.height)
        chafa_calc_canvas_geometry(Int32(pixelWidth), Int32(pixelHeight), &width, &height, fontRatio, 1, 0)
        return Size(width: max(Int(width), 1), height: max(Int(height), 1))
    }

    /// The pixels behind `cells`.
    func pixels(of cells: Size) -> (width: Int, height: Int) {
        (cells.width * cellPixelSize.width, cells.height * cellPixelSize.height)
    }
}
