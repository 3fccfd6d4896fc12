/// A colour role in a theme file; the rawValue is the table name (`[border_focused]`).
public enum ThemeRole: String, CaseIterable, Sendable {
    case text, muted, border, borderFocused = "border_focused", title, titleFocused = "title_focused",
         selection, selectionUnfocused = "selection_unfocused", header, headerAccent = "header_accent",
         status, statusKey = "status_key", error, warning, success, loading, count, helpKey = "help_key",
         helpDescription = "help_description", filter, hint, detailLabel = "detail_label", marked
}
