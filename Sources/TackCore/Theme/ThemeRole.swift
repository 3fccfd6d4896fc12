/// A colour role in a theme file; the rawValue is the table name (`[border_focused]`).
public enum ThemeRole: String, CaseIterable, Sendable {
    case text, muted, border, borderFocused = "border_focused", title, titleFocused = "title_focused",
         selection, selectionUnfocused = "selection_unfocused", header, headerAccent = "header_accent",
         status, statusKey = "status_key", error, warning, success, loading, count, helpKey = "help_key",
         helpDescription = "help_description", filter, hint, detailLabel = "detail_label", marked
    /// The pins of a range being marked (`mark_range`), before it ends.
    case marking

    /// The role whose style a theme file written before this role existed lends it; such a file may
    /// leave the role out. Nil for the roles every theme file must have.
    public var fallback: ThemeRole? {
        self == .marking ? .marked : nil
    }
}
