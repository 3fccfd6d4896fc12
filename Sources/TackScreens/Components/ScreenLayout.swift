import TerminalCanvas

/// Where each region of the main screen goes for one terminal size.
///
/// The header takes the first row and the status line the last. Between them the three list panes sit
/// side by side; the detail pane goes below them on ordinary terminals and to their right on wide ones.
public struct ScreenLayout: Hashable, Sendable {
    /// Below this size the app shows a "terminal too small" message instead of the panes.
    public static let minimumSize = Size(width: 60, height: 15)
    /// From this width on, the detail pane sits beside the list panes instead of below them.
    public static let wideWidth = 140

    public var header: Rect
    /// The three list panes together (a single list, like "My pins", takes all of it).
    public var lists: Rect
    public var boards: Rect
    public var sections: Rect
    public var pins: Rect
    /// Nil when the detail pane is hidden.
    public var detail: Rect?
    public var status: Rect

    /// The layout for `size`, or nil when `size` is smaller than `minimumSize` in either direction.
    public static func make(for size: Size, showDetail: Bool) -> ScreenLayout? {
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else { return nil }
        let rows = Rect(size: size).split(heights: [1, nil, 1])
        let body = rows[1]

        var paneArea = body
        var detail: Rect?
        if showDetail && size.width >= wideWidth {
            let parts = body.split(widths: [nil, body.width * 35 / 100])
            (paneArea, detail) = (parts[0], parts[1])
        } else if showDetail {
            let parts = body.split(heights: [nil, body.height / 2])
            (paneArea, detail) = (parts[0], parts[1])
        }
        let panes = paneArea.split(widths: [paneArea.width * 35 / 100, paneArea.width * 25 / 100, nil])
        return ScreenLayout(
            header: rows[0], lists: paneArea, boards: panes[0], sections: panes[1], pins: panes[2], detail: detail, status: rows[2]
        )
    }
}
