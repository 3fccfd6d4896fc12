import TackCore
import TerminalCanvas

/// The top row: "Tack", the screens as tabs with the one on view in brackets, then "@username" (or,
/// when the account could not be loaded, "✗ account: why"), the ad account acted for and the host, on
/// the left; what is loading, the retry key and the help key on the right.
public enum HeaderView {
    /// The account as the header shows it.
    public enum AccountLine: Hashable, Sendable {
        case loaded(username: String)
        /// Loading, or not asked for yet: nothing is shown.
        case pending
        /// The failure's message; `retryKey` is set when retrying may help.
        case failed(message: String, retryKey: String?)
    }

    /// From this width on, every screen's tab is shown.
    public static let allTabsWidth = 100

    public static func draw(
        tabs: [String], currentTab: Int, account: AccountLine, host: String, adAccount: String?, activity: String?,
        helpKey: String?, in rect: Rect, on buffer: inout ScreenBuffer, theme: Theme
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

        // Each tab is as wide with brackets as without, so the header does not shift between screens.
        // A narrow row shows only the screen on view, keeping room for the account and its failure.
        var left = [StyledSpan(text: " Tack ", style: theme.style(.headerAccent))]
        for (index, tab) in tabs.enumerated() where rect.width >= allTabsWidth || index == currentTab {
            left.append(index == currentTab
                ? StyledSpan(text: " [\(tab)]", style: theme.style(.headerAccent))
                : StyledSpan(text: "  \(tab) ", style: style))
        }
        left.append(StyledSpan(text: "  │ ", style: style))
        // When the row is short, the end goes first: the host before the ad account, the account and its failure.
        switch account {
        case .loaded(let username): left.append(StyledSpan(text: "@\(username) · ", style: style))
        case .pending: break
        case .failed(let message, _): left.append(StyledSpan(text: "✗ account: \(message) · ", style: theme.style(.error)))
        }
        if let adAccount { left.append(StyledSpan(text: "for ad account \(adAccount) · ", style: style)) }
        left.append(StyledSpan(text: host, style: style))
        let leftLimit = max(0, rect.width - rightWidth - 3)
        buffer.write(StyledSpan.truncated(left, toColumns: leftLimit), x: rect.x, y: rect.y, maxWidth: leftLimit)
    }
}
