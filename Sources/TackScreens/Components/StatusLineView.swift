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

    /// - Parameters:
    ///   - hints: most useful first; those that do not fit are left out from the last.
    ///   - helpHint: the key that shows every key ("? more"), kept at the end whatever the width.
    ///   - moreKey: the key that shows the notes whole; offered ("! more") when they are cut.
    public static func draw(
        hints: [KeyHintItem], helpHint: KeyHintItem? = nil, filterInput: String?, notes: [Note], moreKey: String? = nil,
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
        let helpWidth = helpHint.map { TextWidth.columns(of: separator) + columns(of: $0) } ?? 0
        var drawn = 0
        for hint in hints {
            let separatorWidth = drawn > 0 ? TextWidth.columns(of: separator) : 0
            guard x + separatorWidth + columns(of: hint) + helpWidth <= leftLimit else { break }
            if drawn > 0 { x += buffer.write(separator, x: x, y: rect.y, style: style) }
            x += draw(hint, x: x, y: rect.y, on: &buffer, theme: theme)
            drawn += 1
        }
        guard let helpHint, x + helpWidth <= leftLimit + (drawn == 0 ? TextWidth.columns(of: separator) : 0) else { return }
        if drawn > 0 { x += buffer.write(separator, x: x, y: rect.y, style: style) }
        draw(helpHint, x: x, y: rect.y, on: &buffer, theme: theme)
    }

    private static func columns(of hint: KeyHintItem) -> Int {
        TextWidth.columns(of: hint.key) + 1 + TextWidth.columns(of: hint.label)
    }

    /// "key label", the key in the key role; returns the columns used.
    @discardableResult
    private static func draw(_ hint: KeyHintItem, x: Int, y: Int, on buffer: inout ScreenBuffer, theme: Theme) -> Int {
        let key = buffer.write(hint.key, x: x, y: y, style: theme.style(.statusKey))
        return key + buffer.write(" " + hint.label, x: x + key, y: y, style: theme.style(.status))
    }
}
