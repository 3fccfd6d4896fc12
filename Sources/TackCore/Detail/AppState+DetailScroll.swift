import TerminalCanvas

/// Scrolling the detail pane: with its own keys from any pane, or with the list keys while it has the
/// focus. The scroll stops at the last line and starts again at the top for another subject.
extension AppState {
    /// The detail pane's text area on this terminal (beside or under a pin's picture); empty when the
    /// pane is hidden or there is no room.
    public var detailTextSize: Size {
        detailAreas?.fields.size ?? Size(width: 0, height: 0)
    }

    /// The first line of the detail pane shown: the scroll of the subject on view, else the top, never
    /// past the end (the pane may have grown).
    public var detailScrollOffset: Int {
        guard let subject = detailSubject, detailScroll.subject == subject.scrollID else { return 0 }
        return min(detailScroll.offset, DetailLayout.lastScroll(detailContent, in: detailTextSize))
    }

    /// Scrolls the detail pane by `movement`, a page being the lines it shows.
    mutating func scrollDetail(_ movement: ListMovement) {
        guard showDetail, let subject = detailSubject else {
            statusMessage = showDetail ? "Nothing to scroll in the detail" : "The detail is hidden"
            return
        }
        let size = detailTextSize
        let last = DetailLayout.lastScroll(detailContent, in: size)
        let offset = movement.index(from: detailScrollOffset, count: last + 1, page: size.height)
        detailScroll = DetailScroll(subject: subject.scrollID, offset: offset)
    }

    /// The list keys that scroll the detail pane while it has the focus.
    static let movementCommands: Set<Command> = [.moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom]

    /// The scroll command's movement: one line, or (focused) what the list key means.
    static func detailMovement(for command: Command) -> ListMovement {
        command == .scrollDetailUp ? .up : command == .scrollDetailDown ? .down : movement(for: command)
    }

    /// Puts the detail pane back at the top once it shows another subject (the selection moved).
    mutating func forgetDetailScrollOfAnotherSubject() {
        let subject = detailSubject?.scrollID
        if detailScroll.subject != subject, detailScroll != DetailScroll() { detailScroll = DetailScroll() }
    }
}
