import TackCore
import TerminalCanvas

/// The help overlay: every binding of the live keymap with its description, grouped by context, then
/// the legend of the row markers, narrowed by the help's query, in a centred box that scrolls.
public enum HelpOverlayView {
    /// The heading of each context's group.
    static func heading(_ context: KeyContext) -> String {
        switch context {
        case .global: "Everywhere"
        case .list: "Every list"
        case .boards: "Boards pane"
        case .sections: "Sections pane"
        case .pins: "Pins pane"
        case .account: "Account screen"
        case .analytics: "Analytics screen"
        case .pinAnalytics: "A pin's analytics, compared pins"
        case .pinView: "The pin view"
        case .help: "This help"
        case .filter: "While filtering"
        case .form: "In a form"
        case .picker: "In a picker or the command palette"
        case .confirm: "When asked to confirm"
        }
    }

    /// Widest key column; longer key lists are truncated.
    static let maximumKeyColumn = 22

    /// The legend's heading.
    static let legendHeading = "Row markers"

    /// Draws the overlay centred in `screen`, blanking everything between its first and last rows. The
    /// title shows the query and how many keys and markers match it.
    /// - Parameters:
    ///   - help: the overlay's state: its query and first line shown (clamped so the box stays full).
    ///   - footer: what the border's bottom says, e.g. "esc close · / filter".
    public static func draw(
        _ help: HelpOverlay, content: HelpContent, footer: String?, in screen: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let box = ScreenLayout.helpBox(in: screen)
        buffer.fill(screen.inset(horizontally: 0, vertically: 1), style: theme.style(.text))
        buffer.drawBox(box, style: theme.style(.borderFocused), title: title(help, content: content), titleStyle: theme.style(.titleFocused))
        let inner = ScreenLayout.helpTextArea(ofBox: box)
        guard inner.height > 0 else { return }

        let lines = self.lines(content, theme: theme)
        if lines.isEmpty {
            let notice = "Nothing matches “\(TextSanitizer.sanitize(help.query.text))”"
            buffer.write(notice, x: inner.x, y: inner.y, style: theme.style(.muted), maxWidth: inner.width)
        }
        let offset = min(max(0, help.scroll), max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
        let position = lines.count > inner.height ? " \(offset + 1)–\(min(lines.count, offset + inner.height))/\(lines.count) " : ""
        if let footer {
            let text = TextWidth.truncate(" \(footer) ", toColumns: max(0, box.width - 4 - TextWidth.columns(of: position)))
            buffer.write(text, x: box.x + 2, y: box.maxY - 1, style: theme.style(.borderFocused))
        }
        buffer.write(position, x: box.maxX - 2 - TextWidth.columns(of: position), y: box.maxY - 1, style: theme.style(.borderFocused))
    }

    /// "Help: keys", and while a query narrows it "Help: keys · /pin▏ · 12 matches" (the bar while it is typed).
    static func title(_ help: HelpOverlay, content: HelpContent) -> String {
        guard help.isEditingFilter || !help.query.isEmpty else { return "Help: keys" }
        let query = "/" + TextSanitizer.sanitize(help.query.text) + (help.isEditingFilter ? "▏" : "")
        let count = content.matchCount
        return "Help: keys · \(query) · \(count == 1 ? "1 match" : "\(count) matches")"
    }

    /// All lines of the overlay: a heading per context with bindings, then its bindings, then the legend
    /// of the row markers (as many lines as `HelpContent.lineCount`, which the reducer scrolls by).
    static func lines(_ content: HelpContent, theme: Theme) -> [[StyledSpan]] {
        let keyTexts = content.groups.flatMap(\.bindings).map { keysText($0.sequences) } + content.legend.map(\.glyph)
        let keyColumn = min(maximumKeyColumn, (keyTexts.map(TextWidth.columns(of:)).max() ?? 0) + 2)

        func line(_ key: String, _ description: String) -> [StyledSpan] {
            [
                StyledSpan(text: TextWidth.pad("  " + key, toColumns: keyColumn), style: theme.style(.helpKey)),
                StyledSpan(text: " " + description, style: theme.style(.helpDescription)),
            ]
        }
        var lines: [[StyledSpan]] = []
        for group in content.groups {
            lines.append([StyledSpan(text: heading(group.context), style: theme.style(.title))])
            for binding in group.bindings {
                lines.append(line(keysText(binding.sequences), CommandCatalog.info(binding.command).description))
            }
        }
        if !content.legend.isEmpty {
            lines.append([StyledSpan(text: legendHeading, style: theme.style(.title))])
            lines += content.legend.map { line($0.glyph, $0.meaning) }
        }
        return lines
    }

    private static func keysText(_ sequences: [KeySequence]) -> String {
        sequences.map(\.display).joined(separator: ", ")
    }
}
