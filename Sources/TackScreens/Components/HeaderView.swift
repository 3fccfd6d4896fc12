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

        var right: [(text: String, style: Style)] = []
        if let activity { right.append(("⟳ \(activity)", theme.style(.loading))) }
        if let helpKey { right.append(("\(helpKey) help", style)) }
        let rightText = right.map(\.text).joined(separator: "   ")
        let rightWidth = TextWidth.columns(of: rightText)
        var x = max(0, rect.maxX - 1 - rightWidth)
        for (index, part) in right.enumerated() {
            if index > 0 { x += buffer.write("   ", x: x, y: rect.y, style: style) }
            x += buffer.write(part.text, x: x, y: rect.y, style: part.style)
        }

        let leftLimit = max(0, rect.width - rightWidth - 3)
        let identity = [username.map { "@\($0)" }, host].compactMap { $0 }.map { " · " + $0 }.joined()
        let used = buffer.write(" Tack", x: rect.x, y: rect.y, style: theme.style(.headerAccent), maxWidth: leftLimit)
        buffer.write(
            TextWidth.truncate(TextSanitizer.sanitize(identity), toColumns: max(0, leftLimit - used)),
            x: rect.x + used, y: rect.y, style: style
        )
    }
}
