import TackCore
import TerminalCanvas

/// The help overlay: every binding of the live keymap with its description, grouped by context,
/// in a centred box that scrolls.
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
        case .picker: "In a picker"
        case .confirm: "When asked to confirm"
        }
    }

    /// Widest key column; longer key lists are truncated.
    static let maximumKeyColumn = 22

    /// Draws the overlay centred in `screen`, blanking everything between its first and last rows.
    /// - Parameters:
    ///   - scrollOffset: the first line shown, from the state; clamped so the box stays full.
    ///   - footer: what the border's bottom says, e.g. "? close · j/k scroll".
    public static func draw(
        keymap: Keymap, scrollOffset: Int, footer: String?, in screen: Rect, on buffer: inout ScreenBuffer, theme: Theme
    ) {
        let box = ScreenLayout.helpBox(in: screen)
        buffer.fill(screen.inset(horizontally: 0, vertically: 1), style: theme.style(.text))
        buffer.drawBox(box, style: theme.style(.borderFocused), title: "Help: keys", titleStyle: theme.style(.titleFocused))
        let inner = ScreenLayout.helpTextArea(ofBox: box)
        guard inner.height > 0 else { return }

        let lines = self.lines(keymap: keymap, theme: theme)
        let offset = min(max(0, scrollOffset), max(0, lines.count - inner.height))
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

    /// All lines of the overlay: a heading per context with bindings, then its bindings (as many lines as
    /// `AppState.helpLineCount`, which the reducer scrolls by).
    static func lines(keymap: Keymap, theme: Theme) -> [[StyledSpan]] {
        let groups = KeyContext.allCases.map { ($0, keymap.bindings(in: $0)) }.filter { !$0.1.isEmpty }
        let keyTexts = groups.flatMap { $0.1 }.map { keysText($0.sequences) }
        let keyColumn = min(maximumKeyColumn, (keyTexts.map(TextWidth.columns(of:)).max() ?? 0) + 2)

        var lines: [[StyledSpan]] = []
        for (context, bindings) in groups {
            lines.append([StyledSpan(text: heading(context), style: theme.style(.title))])
            for binding in bindings {
                let keys = TextWidth.pad("  " + keysText(binding.sequences), toColumns: keyColumn)
                lines.append([
                    StyledSpan(text: keys, style: theme.style(.helpKey)),
                    StyledSpan(text: " " + CommandCatalog.info(binding.command).description, style: theme.style(.helpDescription)),
                ])
            }
        }
        return lines
    }

    private static func keysText(_ sequences: [KeySequence]) -> String {
        sequences.map(\.display).joined(separator: ", ")
    }
}
