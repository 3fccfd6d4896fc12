import TackCore
import TerminalCanvas

/// The picker over a form: its filter line, the matching options with the highlighted one, and a
/// loading or empty notice; its keys at the bottom.
enum PickerView {
    static let maximumWidth = 56

    static func layout(_ picker: PickerState, keymap: Keymap, in screen: Rect) -> FilteredListBox.Layout {
        let keys = [Command.choose, .cancelPicker].compactMap { command in
            KeyHints.firstKey(for: command, contexts: [.picker], keymap: keymap).map { KeyHintItem(key: $0, label: CommandLabel.short(command)) }
        }
        return FilteredListBox.layout(
            title: picker.title, prompt: "Filter: ", query: picker.filter, keys: keys,
            frameWidth: min(screen.width - 12, maximumWidth), in: screen
        ) { width, room in optionLines(picker, width: width, room: room) }
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
