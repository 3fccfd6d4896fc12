import TackCore
import TerminalCanvas

/// A piece of a line and the theme role it is drawn in. Modals lay their lines out in roles, so that
/// their geometry (and where the text cursor goes) is known without a theme.
struct RoleSpan: Hashable {
    var text: String
    var role: ThemeRole

    init(_ text: String, _ role: ThemeRole) {
        self.text = text
        self.role = role
    }

    /// "ctrl-s save · esc cancel": each key in the key role, its label muted; the hints that do not
    /// fit whole in `width` columns are left out.
    static func keyHints(_ hints: [KeyHintItem], width: Int) -> [RoleSpan] {
        var spans: [RoleSpan] = []
        var used = 0
        for hint in hints {
            let separator = spans.isEmpty ? [] : [RoleSpan(" · ", .muted)]
            let next = separator + [RoleSpan(hint.key, .helpKey), RoleSpan(" " + hint.label, .muted)]
            let nextWidth = next.reduce(0) { $0 + TextWidth.columns(of: $1.text) }
            guard used + nextWidth <= width else { break }
            spans += next
            used += nextWidth
        }
        return spans
    }
}

extension Array where Element == RoleSpan {
    /// The spans in `theme`'s styles, ready to write.
    func styled(_ theme: Theme) -> [StyledSpan] {
        map { StyledSpan(text: $0.text, style: theme.style($0.role)) }
    }
}
