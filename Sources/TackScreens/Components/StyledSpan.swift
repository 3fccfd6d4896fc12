import TerminalCanvas

/// A piece of a line drawn in one style; a line of mixed styles is an array of spans.
struct StyledSpan: Hashable {
    var text: String
    var style: Style
}

extension ScreenBuffer {
    /// Writes `spans` one after another from (x, y), clipped to `maxWidth` columns in total.
    mutating func write(_ spans: [StyledSpan], x: Int, y: Int, maxWidth: Int) {
        var column = x
        for span in spans where column < x + maxWidth {
            column += write(span.text, x: column, y: y, style: span.style, maxWidth: x + maxWidth - column)
        }
    }
}
