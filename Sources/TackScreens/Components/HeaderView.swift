import TackCore
import TerminalCanvas

/// The top row: "Tack · @username · host" on the left (or, when the account could not be loaded,
/// "Tack · host · ✗ account: why"), what is loading, the retry key and the help key on the right.
public enum HeaderView {
    /// The account as the header shows it.
    public enum AccountLine: Hashable, Sendable {
        case loaded(username: String)
        /// Loading, or not asked for yet: nothing is shown.
        case pending
        /// The failure's message; `retryKey` is set when retrying may help.
        case failed(message: String, retryKey: String?)
    }

    public static func draw(
        account: AccountLine, host: String, activity: String?, helpKey: String?,
        in rect: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let style = theme.style(.header)
        buffer.fill(rect, style: style)

        var right: [StyledSpan] = []
        if let activity { right.append(StyledSpan(text: "⟳ \(activity)", style: theme.style(.loading))) }
        if case .failed(_, let retryKey?) = account {
            right.append(StyledSpan(text: "\(retryKey) retry", style: style))
        }
        if let helpKey { right.append(StyledSpan(text: "\(helpKey) help", style: style)) }
        let rightWidth = buffer.write(
            StyledSpan.joined(right, separator: StyledSpan(text: "   ", style: style)),
            endingBefore: rect.maxX - 1, y: rect.y, maxWidth: rect.width / 2
        )

        var left = [StyledSpan(text: " Tack", style: theme.style(.headerAccent))]
        switch account {
        case .loaded(let username):
            left.append(StyledSpan(text: " · @\(username) · \(host)", style: style))
        case .pending:
            left.append(StyledSpan(text: " · \(host)", style: style))
        case .failed(let message, _):
            left.append(StyledSpan(text: " · \(host) · ", style: style))
            left.append(StyledSpan(text: "✗ account: \(message)", style: theme.style(.error)))
        }
        let leftLimit = max(0, rect.width - rightWidth - 3)
        buffer.write(StyledSpan.truncated(left, toColumns: leftLimit), x: rect.x, y: rect.y, maxWidth: leftLimit)
    }
}
