/// Where a binding applies; the rawValue is the table name in keymap TOML files.
///
/// Resolution order for a focused pane: that pane's context, then `list`, then `global`.
/// While the help overlay is open: `help`, then `global`. While typing a filter: `filter` only
/// (unbound printable characters are typed into the filter by the reducer).
public enum KeyContext: String, CaseIterable, Sendable {
    case global, list, boards, sections, pins, help, filter

    /// The contexts consulted, first to last, when this one is the innermost active context.
    public var resolutionOrder: [KeyContext] {
        switch self {
        case .global: [.global]
        case .list: [.list, .global]
        case .boards, .sections, .pins: [self, .list, .global]
        case .help: [.help, .global]
        case .filter: [.filter]
        }
    }

    /// Every set of contexts that can be active together (the longest resolution orders). A key
    /// sequence may mean only one thing within each of them: see `KeymapChecker`.
    static let activeTogether: [[KeyContext]] = [KeyContext.boards, .sections, .pins, .help, .filter].map(\.resolutionOrder)
}
