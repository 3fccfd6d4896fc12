import TackCore
import TerminalCanvas

/// The bottom row: the filter prompt while typing one, the most useful keys of the focused context on
/// the left; the transient message and the sort order on the right.
public enum StatusLineView {
    /// A piece of text on the right side and the theme role it is drawn in.
    public struct Note: Hashable, Sendable {
        public var text: String
        public var role: ThemeRole

        public init(_ text: String, role: ThemeRole) {
            self.text = text
            self.role = role
        }
    }

    /// - Parameter moreKey: the key that shows the notes whole; offered ("! more") when they are cut.
    public static func draw(
        hints: [KeyHintItem], filterInput: String?, notes: [Note], moreKey: String? = nil,
        in rect: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let style = theme.style(.status)
        buffer.fill(rect, style: style)
        let separator = " · "

        let rightLimit = rect.width / 2
        var right = StyledSpan.joined(
            notes.map { StyledSpan(text: $0.text, style: theme.style($0.role)) },
            separator: StyledSpan(text: separator, style: style)
        )
        if let moreKey, StyledSpan.columns(of: right) > rightLimit {
            let more = [StyledSpan(text: " ", style: style), StyledSpan(text: moreKey, style: theme.style(.statusKey)),
                        StyledSpan(text: " more", style: style)]
            right = StyledSpan.truncated(right, toColumns: max(0, rightLimit - StyledSpan.columns(of: more))) + more
        }
        let rightWidth = buffer.write(right, endingBefore: rect.maxX - 1, y: rect.y, maxWidth: rightLimit)

        let leftLimit = rect.maxX - 1 - rightWidth - (rightWidth > 0 ? 2 : 0)
        var x = rect.x + 1
        if let filterInput {
            x += buffer.write("/ \(filterInput)▏", x: x, y: rect.y, style: theme.style(.filter), maxWidth: max(0, leftLimit - x))
            x += 2
        }
        for (index, hint) in hints.enumerated() {
            let width = TextWidth.columns(of: hint.key) + 1 + TextWidth.columns(of: hint.label)
            let separatorWidth = index > 0 ? TextWidth.columns(of: separator) : 0
            guard x + separatorWidth + width <= leftLimit else { break }
            if index > 0 { x += buffer.write(separator, x: x, y: rect.y, style: style) }
            x += buffer.write(hint.key, x: x, y: rect.y, style: theme.style(.statusKey))
            x += buffer.write(" " + hint.label, x: x, y: rect.y, style: style)
        }
    }
}
