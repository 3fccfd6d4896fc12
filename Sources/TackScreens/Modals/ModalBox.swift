import TackCore
import TerminalCanvas

/// A bordered box drawn over the screen with a title and lines of content: the shape shared by the
/// form, the picker and the dialogs. The content sits two columns in from the sides.
struct ModalBox: Hashable {
    var frame: Rect
    var title: String
    var lines: [[RoleSpan]]

    /// Columns between the border and the content on each side (the border included).
    static let sideInset = 2

    /// The area the lines are drawn in.
    var content: Rect { frame.inset(horizontally: Self.sideInset, vertically: 1) }

    /// A frame `width` columns wide (at most the screen's) and tall enough for `contentHeight` lines,
    /// centred in `screen` while leaving its first and last rows (header and status line) visible.
    static func frame(width: Int, contentHeight: Int, in screen: Rect) -> Rect {
        let width = min(width, screen.width)
        let height = min(contentHeight + 2, screen.height - 2)
        return Rect(
            x: screen.x + (screen.width - width) / 2, y: screen.y + max(1, (screen.height - height) / 2),
            width: width, height: height
        )
    }

    /// A line of "─" across the content, to set a footer apart.
    static func separator(width: Int) -> [RoleSpan] {
        [RoleSpan(String(repeating: "─", count: max(0, width)), .border)]
    }

    /// Blanks the frame, draws the border and title, then the lines that fit.
    func draw(on buffer: inout ScreenBuffer, theme: Theme) {
        buffer.fill(frame, style: theme.style(.text))
        buffer.drawBox(frame, style: theme.style(.borderFocused), title: title, titleStyle: theme.style(.titleFocused))
        let content = self.content
        for (row, line) in lines.prefix(max(0, content.height)).enumerated() {
            buffer.write(line.styled(theme), x: content.x, y: content.y + row, maxWidth: content.width)
        }
    }
}
