import TackCore
import TerminalCanvas

/// Draws a bordered list pane: a title with the item count, the rows with the selection highlighted,
/// and a loading, empty or error row. Scrolls so that the selection is always visible.
public enum ListPaneView {
    public static func draw(_ content: ListPaneContent, in rect: Rect, on buffer: inout ScreenBuffer, theme: Theme) {
        buffer.drawBox(
            rect,
            style: theme.style(content.isFocused ? .borderFocused : .border),
            title: title(for: content, maxWidth: rect.width - 5),
            titleStyle: theme.style(content.isFocused ? .titleFocused : .title)
        )
        let inner = ScreenLayout.rowArea(ofListPaneIn: rect)
        guard inner.width > 0, inner.height > 0 else { return }

        let notice = statusNotice(for: content)
        let noticeLines = notice.map { wrapNotice($0.text, width: inner.width - 1, room: max(1, inner.height - content.rowCount)) } ?? []
        let listHeight = inner.height - noticeLines.count
        let offset = scrollOffset(
            preferred: content.scrollOffset, selected: content.selectedIndex,
            rowCount: content.rowCount, visibleRows: listHeight
        )
        let given = content.firstRow..<(content.firstRow + content.rows.count)
        let visible = (offset..<min(content.rowCount, offset + max(0, listHeight))).clamped(to: given)
        let hasMarks = content.markedCount > 0 || content.rows.contains { $0.mark != .none }
        for (line, index) in visible.enumerated() {
            drawRow(
                content.rows[index - content.firstRow], selected: index == content.selectedIndex, focused: content.isFocused, markGutter: hasMarks,
                at: Point(x: inner.x, y: inner.y + line), width: inner.width, on: &buffer, theme: theme
            )
        }
        for (index, line) in noticeLines.enumerated() {
            buffer.write(
                " " + line, x: inner.x, y: inner.y + visible.count + index,
                style: theme.style(notice?.role ?? .muted), maxWidth: inner.width
            )
        }
        if content.rowCount > listHeight, let selected = content.selectedIndex, rect.width > 12 {
            let position = " \(selected + 1)/\(content.rowCount) "
            let width = TextWidth.columns(of: position)
            buffer.write(
                position, x: rect.x + rect.width - 1 - width, y: rect.y + rect.height - 1,
                style: theme.style(content.isFocused ? .borderFocused : .border)
            )
        }
    }

    /// "Boards (12+) · API order", "Pins · Summer Recipes › Salads (5) · 3 marked · by created ↓",
    /// "Boards (3 of 12) / peach · by name ↑", "My pins (25+) · VIDEO · API order", with "⟳" while
    /// loading. When longer than `maxWidth`, first the order is named shortly ("created ↓", the default
    /// order not at all), then the subject is shortened, then, in a pane too narrow for a readable
    /// subject after the title, the subject replaces the title ("Summer Rec… (3)": the rows say what
    /// they are), and last it goes too: the count, a kept filter and the marks stay in view.
    static func title(for content: ListPaneContent, maxWidth: Int = .max) -> String {
        let tails = [tail(of: content, sort: content.sort?.full), tail(of: content, sort: content.sort?.compact)]
        let head = content.subject.isEmpty ? content.title : content.title + " · "
        let subjectWidth = TextWidth.columns(of: content.subject.map(TextSanitizer.sanitize).joined(separator: " › "))
        for tail in tails where TextWidth.columns(of: head + tail) + subjectWidth <= maxWidth {
            return head + shortened(content.subject, toColumns: subjectWidth) + tail
        }
        let readable = min(8, subjectWidth)
        for tail in tails where !content.subject.isEmpty {
            let room = maxWidth - TextWidth.columns(of: head + tail)
            if room >= readable { return head + shortened(content.subject, toColumns: room) + tail }
        }
        let tail = tails[1]
        guard !content.subject.isEmpty else { return content.title + tail }
        let room = maxWidth - TextWidth.columns(of: tail)
        guard room >= min(4, readable) else { return String(tail.drop { $0 == " " }) }
        return shortened(content.subject, toColumns: room) + tail
    }

    /// What follows the title and the subject: " (3 of 12) / peach · 3 marked · VIDEO · by name ↑ ⟳".
    private static func tail(of content: ListPaneContent, sort: String?) -> String {
        let total = "\(content.loadedCount)\(content.hasMore ? "+" : "")"
        var tail = ""
        if content.filter != nil {
            tail += " (\(content.matchingCount) of \(total))"
        } else if content.isCountKnown {
            tail += " (\(total))"
        }
        if let filter = content.filter { tail += " / \(filter)" }
        if content.markedCount > 0 { tail += " · \(content.markedCount) marked" }
        if let qualifier = content.qualifier { tail += " · \(qualifier)" }
        if let sort { tail += " · \(sort)" }
        if content.isLoading { tail += " ⟳" }
        return tail
    }

    /// "Summer Recipes › Salads" in `room` columns: the board's name is shortened first, so that the
    /// section stays readable; never shorter than a few columns.
    static func shortened(_ subject: [String], toColumns room: Int) -> String {
        let parts = subject.map(TextSanitizer.sanitize)
        let whole = parts.joined(separator: " › ")
        guard TextWidth.columns(of: whole) > room else { return whole }
        let minimum = 4
        if parts.count > 1 {
            let tail = " › " + parts.dropFirst().joined(separator: " › ")
            let boardRoom = room - TextWidth.columns(of: tail)
            if boardRoom >= minimum { return TextWidth.truncate(parts[0], toColumns: boardRoom) + tail }
        }
        return TextWidth.truncate(whole, toColumns: max(room, minimum))
    }

    /// The first row to show: as close to `preferred` as possible while keeping `selected` on screen
    /// and not scrolling past the end.
    static func scrollOffset(preferred: Int, selected: Int?, rowCount: Int, visibleRows: Int) -> Int {
        guard visibleRows > 0 else { return 0 }
        var offset = min(max(0, preferred), max(0, rowCount - visibleRows))
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        }
        return max(0, offset)
    }

    /// The notice wrapped to `width`, in at most `room` lines; the last line shown ends in an ellipsis
    /// when the text does not fit.
    private static func wrapNotice(_ text: String, width: Int, room: Int) -> [String] {
        let lines = TextWrap.lines(text, columns: width)
        guard lines.count > room else { return lines }
        let rest = lines[(room - 1)...].joined(separator: " ")
        return Array(lines.prefix(room - 1)) + [TextWidth.truncate(rest, toColumns: width)]
    }

    private struct Notice {
        var text: String
        var role: ThemeRole
    }

    /// The row under the list: an error wins over loading, which wins over the empty or no-match message.
    private static func statusNotice(for content: ListPaneContent) -> Notice? {
        if let error = content.errorMessage {
            let retry = content.retryKey.map { " — \($0) retry" } ?? ""
            return Notice(text: "✗ \(error)\(retry)", role: .error)
        }
        if content.isLoading {
            return Notice(text: loadingText(for: content), role: .loading)
        }
        if content.loadedCount == 0 {
            return Notice(text: content.emptyMessage, role: .muted)
        }
        if let filter = content.filter, content.rowCount == 0 {
            return Notice(text: "No match for “\(filter)”", role: .muted)
        }
        return nil
    }

    /// While every page is loaded (a filter searches them all; `go_bottom` goes to the real end), how
    /// far it got: "⟳ loading 1250 of about 10000".
    static func loadingText(for content: ListPaneContent) -> String {
        if content.filter != nil { return "⟳ searching every page… \(content.loadedCount) loaded" }
        guard content.isLoadingAll else { return "⟳ loading…" }
        guard let expected = content.expectedCount, expected >= content.loadedCount else {
            return "⟳ loading \(content.loadedCount)…"
        }
        return "⟳ loading \(content.loadedCount) of about \(expected)"
    }

    /// Draws one row: the selection marker, then (when `markGutter`: some row of the list is marked)
    /// a column for the row's mark, "●", or for a range being marked "◆" at its anchor and "○" on
    /// the rest of it (in the `marking` role), then the text. The glyphs are `RowMarker`'s.
    private static func drawRow(
        _ row: ListRow, selected: Bool, focused: Bool, markGutter: Bool, at origin: Point, width: Int,
        on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let rowStyle: Style
        if selected {
            rowStyle = theme.style(focused ? .selection : .selectionUnfocused)
            buffer.fill(Rect(x: origin.x, y: origin.y, width: width, height: 1), style: rowStyle)
        } else if row.mark == .anchor || row.mark == .inRange {
            rowStyle = theme.style(.marking)
        } else if row.mark == .marked {
            rowStyle = theme.style(.marked)
        } else {
            rowStyle = theme.style(row.isSecondary ? .muted : .text)
        }
        let markGlyph = switch row.mark {
        case .none: " "
        case .marked: RowMarker.marked.glyph
        case .anchor: RowMarker.rangeAnchor.glyph
        case .inRange: RowMarker.inRange.glyph
        }
        let marker = (selected ? RowMarker.selection.glyph : " ") + (markGutter ? markGlyph : "") + " "
        let trailing = TextSanitizer.sanitize(row.trailing)
        let trailingWidth = trailing.isEmpty ? 0 : TextWidth.columns(of: trailing) + 1
        let markerWidth = TextWidth.columns(of: marker)
        let textWidth = max(0, width - markerWidth - trailingWidth)
        let text = TextWidth.truncate(TextSanitizer.sanitize(row.text), toColumns: textWidth)
        let used = buffer.write(marker + text, x: origin.x, y: origin.y, style: rowStyle, maxWidth: width)
        // The rest of the text's columns in the row's style (blanks, as the text padded with spaces).
        let padded = min(width, markerWidth + textWidth)
        buffer.fill(Rect(x: origin.x + used, y: origin.y, width: max(0, padded - used), height: 1), style: rowStyle)
        if !trailing.isEmpty, textWidth > 0 {
            buffer.write(
                trailing, x: origin.x + width - trailingWidth + 1, y: origin.y,
                style: selected ? rowStyle : theme.style(.count), maxWidth: trailingWidth - 1
            )
        }
    }
}
