import TerminalCanvas

/// A piece of a line drawn in one style; a line of mixed styles is an array of spans.
struct StyledSpan: Hashable {
    var text: String
    var style: Style

    /// `spans` with `separator` between each two.
    static func joined(_ spans: [StyledSpan], separator: StyledSpan) -> [StyledSpan] {
        Array(spans.map { [$0] }.joined(separator: [separator]))
    }

    /// `spans` (sanitised) cut to `limit` columns in all: the span that does not fit ends in an
    /// ellipsis, and the spans after it are left out.
    static func truncated(_ spans: [StyledSpan], toColumns limit: Int) -> [StyledSpan] {
        var result: [StyledSpan] = []
        var room = limit
        for span in spans {
            let text = TextSanitizer.sanitize(span.text)
            let width = TextWidth.columns(of: text)
            if width > room {
                let cut = TextWidth.truncate(text, toColumns: room)
                if !cut.isEmpty { result.append(StyledSpan(text: cut, style: span.style)) }
                break
            }
            result.append(StyledSpan(text: text, style: span.style))
            room -= width
        }
        return result
    }

    /// The columns `spans` take once sanitised.
    static func columns(of spans: [StyledSpan]) -> Int {
        spans.reduce(0) { $0 + TextWidth.columns(of: TextSanitizer.sanitize($1.text)) }
    }
}

extension ScreenBuffer {
    /// Writes `spans` one after another from (x, y), clipped to `maxWidth` columns in total.
    mutating func write(_ spans: [StyledSpan], x: Int, y: Int, maxWidth: Int) {
        var column = x
        for span in spans where column < x + maxWidth {
            column += write(span.text, x: column, y: y, style: span.style, maxWidth: x + maxWidth - column)
        }
    }

    /// Writes `spans` so that they end just before column `endX`, using at most `maxWidth` columns
    /// (the end is cut off when they are wider); returns the columns used.
    @discardableResult
    mutating func write(_ spans: [StyledSpan], endingBefore endX: Int, y: Int, maxWidth: Int) -> Int {
        let width = min(maxWidth, StyledSpan.columns(of: spans))
        write(spans, x: endX - width, y: y, maxWidth: width)
        return width
    }
}
