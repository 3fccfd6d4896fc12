import Testing
import TerminalCanvas

/// Finding text on a rendered screen, for checks of styles and positions.
extension ScreenBuffer {
    var lines: [String] { text().components(separatedBy: "\n") }

    /// The cell where the first occurrence of `text` starts (the topmost, then the leftmost).
    func position(of text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Point {
        let rows = lines
        let y = try #require(rows.firstIndex { $0.contains(text) }, "\(text) is not on the screen", sourceLocation: sourceLocation)
        let range = try #require(rows[y].range(of: text), sourceLocation: sourceLocation)
        return Point(x: TextWidth.columns(of: String(rows[y][..<range.lowerBound])), y: y)
    }
}
