import TerminalCanvas

/// Where each region of the main screen goes for one terminal size: the one source of layout for the
/// views that draw the screen and for the reducer that pages and scrolls the lists.
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

    /// Where the list pane `pane` is drawn: My pins takes all of `lists`; the account's lists take the
    /// place of the sections and pins panes, beside the account menu (drawn where the boards go).
    public func rect(of pane: PaneID) -> Rect {
        switch pane {
        case .boards, .followedBoards: boards
        case .sections: sections
        case .pins: pins
        case .myPins: lists
        case .followers, .following, .businesses, .websites: accountList
        }
    }

    /// The account screen's menu.
    public var accountMenu: Rect { boards }

    /// The account screen's list (or profile): the sections and pins panes' place together.
    public var accountList: Rect {
        Rect(x: sections.x, y: sections.y, width: pins.x + pins.width - sections.x, height: sections.height)
    }

    /// How many list rows `pane` shows (before any loading, empty or error notice takes some of them).
    public func visibleRowCount(of pane: PaneID) -> Int {
        Self.rowArea(ofListPaneIn: rect(of: pane)).height
    }

    /// Where the rows of a list pane drawn in `rect` go: inside its one-cell border.
    public static func rowArea(ofListPaneIn rect: Rect) -> Rect {
        rect.inset(by: 1)
    }

    /// How many content lines fit in a box drawn over the screen (a form, the picker, a dialog): every
    /// row but the header, the status line and the box's two borders.
    public static func modalContentHeight(in screen: Rect) -> Int {
        max(0, screen.height - 4)
    }

    /// The most options the picker lists at once.
    public static let pickerMaximumRows = 12
    /// The picker's lines besides its options: the filter line and a separator above them, a separator
    /// and the keys below.
    public static let pickerChromeLines = 4

    /// How many options the picker shows on `screen`: how far page up/down moves in it.
    public static func pickerOptionRows(in screen: Rect) -> Int {
        max(1, min(pickerMaximumRows, modalContentHeight(in: screen) - pickerChromeLines))
    }

    /// The help overlay's box on `screen`: centred, at most 80 columns, on every row but the header
    /// and the status line.
    public static func helpBox(in screen: Rect) -> Rect {
        let width = min(screen.width - 4, 80)
        return Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + 1, width: width, height: screen.height - 2)
    }

    /// Where the help's lines go inside its box: how many are in view and how far page up/down scrolls.
    public static func helpTextArea(ofBox box: Rect) -> Rect {
        box.inset(horizontally: 2, vertically: 1)
    }
}
