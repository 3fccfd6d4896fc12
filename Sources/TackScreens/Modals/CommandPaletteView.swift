import TackCore
import TerminalCanvas

/// The command palette: the query, the matching commands (the letters the query matched drawn in
/// the filter role) each with its keys on the right, the highlighted one, and its keys at the bottom.
/// Shaped like the picker, and paged by the same number of rows.
enum CommandPaletteView {
    static let maximumWidth = 72

    static func layout(_ palette: CommandPalette, keymap: Keymap, in screen: Rect) -> FilteredListBox.Layout {
        let keys = [(Command.choose, "run"), (.cancelPicker, "close")].compactMap { command, label in
            KeyHints.firstKey(for: command, contexts: [.picker], keymap: keymap).map { KeyHintItem(key: $0, label: label) }
        }
        let count = palette.matches.count == palette.entries.count ? "\(palette.entries.count)" : "\(palette.matches.count) of \(palette.entries.count)"
        return FilteredListBox.layout(
            title: "Commands (\(count))", prompt: "› ", query: palette.query, keys: keys,
            frameWidth: min(screen.width - 8, maximumWidth), in: screen
        ) { width, room in matchLines(palette, width: width, room: room) }
    }

    /// The matches in view (the highlighted one always among them), or what to say instead.
    private static func matchLines(_ palette: CommandPalette, width: Int, room: Int) -> [[RoleSpan]] {
        guard !palette.matches.isEmpty else {
            let notice = palette.entries.isEmpty ? "No command does anything here" : "Nothing matches “\(palette.query.text)”"
            return [[RoleSpan(TextWidth.truncate(TextSanitizer.sanitize(notice), toColumns: width), .muted)]]
        }
        let offset = ListPaneView.scrollOffset(
            preferred: 0, selected: palette.selectedIndex, rowCount: palette.matches.count, visibleRows: room)
        return palette.matches.indices.dropFirst(offset).prefix(room).map { index in
            matchLine(palette.matches[index], isSelected: index == palette.selectedIndex, width: width)
        }
    }

    /// "▸ New board                     n": the name with its matched letters set apart, the keys on the right.
    private static func matchLine(_ match: CommandPalette.Match, isSelected: Bool, width: Int) -> [RoleSpan] {
        let keys = " " + match.entry.sequences.map(\.display).joined(separator: ", ")
        let keysWidth = min(TextWidth.columns(of: keys), width / 3)
        let nameWidth = max(0, width - 2 - keysWidth)
        let name = TextWidth.truncate(match.entry.name, toColumns: nameWidth)
        let plain: ThemeRole = isSelected ? .selection : .text
        var spans = [RoleSpan(isSelected ? "▸ " : "  ", plain)]
        let matched = Set(match.match.positions)
        let truncated = name != match.entry.name
        for (offset, character) in name.enumerated() {
            let isMatched = matched.contains(offset) && !(truncated && offset == name.count - 1)
            let role = isMatched && !isSelected ? ThemeRole.filter : plain
            if spans.count > 1, spans[spans.count - 1].role == role {
                spans[spans.count - 1].text.append(character)
            } else {
                spans.append(RoleSpan(String(character), role))
            }
        }
        spans.append(RoleSpan(String(repeating: " ", count: max(0, nameWidth - TextWidth.columns(of: name))), plain))
        spans.append(RoleSpan(TextWidth.truncate(keys, toColumns: keysWidth), isSelected ? .selection : .helpKey))
        return spans
    }
}
