import TackCore
import TerminalCanvas

/// The picker over a form: its filter line, the matching options with the highlighted one, and a
/// loading or empty notice; its keys at the bottom.
enum PickerView {
    struct Layout: Hashable {
        var box: ModalBox
        /// Where the terminal's cursor goes: the end of the filter's text.
        var cursor: Point
    }

    static let maximumWidth = 56

    static func layout(_ picker: PickerState, keymap: Keymap, in screen: Rect) -> Layout {
        let frameWidth = min(screen.width - 12, maximumWidth)
        let width = frameWidth - 2 * ModalBox.sideInset
        let prompt = "Filter: "
        let promptWidth = TextWidth.columns(of: prompt)
        let filter = TextFieldViewport.singleLine(
            picker.filter.text, cursorColumn: picker.filter.cursorDisplayColumn, width: max(1, width - promptWidth))
        let keys = [Command.choose, .cancelPicker].compactMap { command in
            KeyHints.firstKey(for: command, contexts: [.picker], keymap: keymap).map { KeyHintItem(key: $0, label: CommandLabel.short(command)) }
        }
        let header = [[RoleSpan(prompt, .muted), RoleSpan(filter.rows.first ?? "", .filter)], ModalBox.separator(width: width)]
        let footer = [ModalBox.separator(width: width), RoleSpan.keyHints(keys, width: width)]
        assert(header.count + footer.count == ScreenLayout.pickerChromeLines)
        let room = ScreenLayout.pickerOptionRows(in: screen)

        let body = optionLines(picker, width: width, room: room)
        let frame = ModalBox.frame(width: frameWidth, contentHeight: header.count + body.count + footer.count, in: screen)
        let box = ModalBox(frame: frame, title: picker.title, lines: header + body + footer)
        return Layout(box: box, cursor: Point(x: box.content.x + promptWidth + filter.cursor.x, y: box.content.y))
    }

    /// The options in view (the highlighted one always among them), or what to say instead.
    private static func optionLines(_ picker: PickerState, width: Int, room: Int) -> [[RoleSpan]] {
        if picker.isLoading {
            // Only a board's sections are fetched while the picker is open.
            return [[RoleSpan("⟳ loading \(picker.title.lowercased())s…", .loading)]]
        }
        let visible = picker.visibleOptions
        if visible.isEmpty {
            let notice = picker.options.isEmpty ? "Nothing to choose from" : "No match for “\(picker.filter.text)”"
            return [[RoleSpan(TextWidth.truncate(TextSanitizer.sanitize(notice), toColumns: width), .muted)]]
        }
        let offset = ListPaneView.scrollOffset(
            preferred: 0, selected: picker.selectedIndex, rowCount: visible.count, visibleRows: room)
        return visible.indices.dropFirst(offset).prefix(room).map { index in
            optionLine(visible[index], isSelected: index == picker.selectedIndex, width: width)
        }
    }

    /// "▸ Summer Recipes        48 pins": the label, and its detail muted on the right.
    private static func optionLine(_ option: PickerOption, isSelected: Bool, width: Int) -> [RoleSpan] {
        let detail = option.detail.map { " " + TextSanitizer.sanitize($0) } ?? ""
        let labelWidth = max(0, width - 2 - TextWidth.columns(of: detail))
        let label = (isSelected ? "▸ " : "  ") + TextWidth.pad(TextSanitizer.sanitize(option.label), toColumns: labelWidth)
        return [RoleSpan(label, isSelected ? .selection : .text), RoleSpan(detail, isSelected ? .selection : .count)]
    }
}
