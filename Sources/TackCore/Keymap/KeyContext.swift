/// Where a binding applies; the rawValue is the table name in keymap TOML files.
///
/// Resolution order for a focused pane: that pane's context, then `list`, then `global`; every pane
/// of the account screen resolves through `account`; the pin analytics overlay through `pin_analytics`;
/// the pin view through `pin_view`.
/// While the help overlay is open: `help`, then `global`. While typing a filter (a pane's or the
/// help's), while a form, a picker or the command palette is open (the palette takes the `picker`
/// keys), and while a confirmation dialog asks: that context only (`filter`, `form`, `picker`,
/// `confirm`), so no pane or global key acts behind a modal. The reducer types unbound
/// printable characters and pastes into the filter, the form's focused field or the picker's filter.
public enum KeyContext: String, CaseIterable, Sendable {
    case global, list, boards, sections, pins, account, analytics, pinAnalytics = "pin_analytics", pinView = "pin_view", help,
         filter, form, picker, confirm

    /// The contexts consulted, first to last, when this one is the innermost active context.
    public var resolutionOrder: [KeyContext] {
        switch self {
        case .global: [.global]
        case .list: [.list, .global]
        case .boards, .sections, .pins, .account, .analytics, .pinAnalytics, .pinView: [self, .list, .global]
        case .help: [.help, .global]
        case .filter, .form, .picker, .confirm: [self]
        }
    }

    /// Every set of contexts that can be active together (the longest resolution orders). A key
    /// sequence may mean only one thing within each of them: see `KeymapChecker`.
    static let activeTogether: [[KeyContext]] =
        [KeyContext.boards, .sections, .pins, .account, .analytics, .pinAnalytics, .pinView, .help, .filter, .form, .picker,
         .confirm].map(\.resolutionOrder)
}
