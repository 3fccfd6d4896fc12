import TackCore
import TerminalCanvas

/// The messages overlay: the last status message and the failures on screen, each whole and wrapped
/// under what it is about, in a box over the panes. Any key closes it.
enum MessagesView {
    static let maximumWidth = 72

    static func box(_ messages: [FullMessage], in screen: Rect) -> ModalBox {
        let frameWidth = min(screen.width - 4, maximumWidth)
        let width = frameWidth - 2 * ModalBox.sideInset
        var body: [[RoleSpan]] = []
        for message in messages {
            if !body.isEmpty { body.append([]) }
            body.append([RoleSpan(message.subject, .detailLabel)])
            body += TextWrap.lines(message.text, columns: width).map { [RoleSpan($0, message.isFailure ? .error : .text)] }
        }
        let footer = [[], [RoleSpan("any key closes", .muted)]]
        let room = max(1, ScreenLayout.modalContentHeight(in: screen) - footer.count)
        if body.count > room { body = Array(body.prefix(room - 1)) + [[RoleSpan("…", .muted)]] }
        let lines = body + footer
        return ModalBox(
            frame: ModalBox.frame(width: frameWidth, contentHeight: lines.count, in: screen), title: "Messages", lines: lines)
    }
}
