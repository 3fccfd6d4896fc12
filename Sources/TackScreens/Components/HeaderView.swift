import TackCore
import TerminalCanvas

/// The top row: "Tack · @username · host" on the left, what is loading and the help key on the right.
public enum HeaderView {
    public static func draw(
        username: String?, host: String, activity: String?, helpKey: String?,
        in rect: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let style = theme.style(.header)
        buffer.fill(rect, style: style)

        var right: [StyledSpan] = []
        if let activity { right.append(StyledSpan(text: "⟳ \(activity)", style: theme.style(.loading))) }
        if let helpKey { right.append(StyledSpan(text: "\(helpKey) help", style: style)) }
        let rightWidth = buffer.write(
            StyledSpan.joined(right, separator: StyledSpan(text: "   ", style: style)),
            endingBefore: rect.maxX - 1, y: rect.y, maxWidth: rect.width / 2
        )

        let leftLimit = max(0, rect.width - rightWidth - 3)
        let identity = [username.map { "@\($0)" }, host].compactMap { $0 }.map { " · " + $0 }.joined()
        let used = buffer.write(" Tack", x: rect.x, y: rect.y, style: theme.style(.headerAccent), maxWidth: leftLimit)
        buffer.write(
            TextWidth.truncate(TextSanitizer.sanitize(identity), toColumns: max(0, leftLimit - used)),
            x: rect.x + used, y: rect.y, style: style
        )
    }
}
