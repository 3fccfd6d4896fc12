import TackCore
import TerminalCanvas

/// The box the picker and the command palette share: a prompt with what was typed, a separator, the
/// rows in view, a separator and the keys; the terminal's cursor at the end of what was typed.
enum FilteredListBox {
    struct Layout: Hashable {
        var box: ModalBox
        /// Where the terminal's cursor goes: the end of the query.
        var cursor: Point
    }

    /// `rows` gets the content width and the number of rows there is room for.
    static func layout(
        title: String, prompt: String, query: TextBuffer, keys: [KeyHintItem], frameWidth: Int, in screen: Rect,
        rows: (_ width: Int, _ room: Int) -> [[RoleSpan]]
    ) -> Layout {
        let width = frameWidth - 2 * ModalBox.sideInset
        let promptWidth = TextWidth.columns(of: prompt)
        let typed = TextFieldViewport.singleLine(
            query.text, cursorColumn: query.cursorDisplayColumn, width: max(1, width - promptWidth))
        let header = [[RoleSpan(prompt, .muted), RoleSpan(typed.rows.first ?? "", .filter)], ModalBox.separator(width: width)]
        let footer = [ModalBox.separator(width: width), RoleSpan.keyHints(keys, width: width)]
        assert(header.count + footer.count == ScreenLayout.pickerChromeLines)
        let body = rows(width, ScreenLayout.pickerOptionRows(in: screen))
        let frame = ModalBox.frame(width: frameWidth, contentHeight: header.count + body.count + footer.count, in: screen)
        let box = ModalBox(frame: frame, title: title, lines: header + body + footer)
        return Layout(box: box, cursor: Point(x: box.content.x + promptWidth + typed.cursor.x, y: box.content.y))
    }
}
