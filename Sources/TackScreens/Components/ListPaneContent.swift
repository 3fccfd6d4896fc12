import TackCore

/// Everything a list pane shows, independent of what kind of items it lists.
public struct ListPaneContent: Hashable, Sendable {
    /// How the title names the list's order: in full ("by created ↓", "API order") and where the
    /// pane is narrow ("created ↓"; nil leaves the default order unsaid there).
    public struct SortTitle: Hashable, Sendable {
        public var full: String
        public var compact: String?

        public init(full: String, compact: String?) {
            self.full = full
            self.compact = compact
        }

        public init<Key>(_ order: TackCore.SortOrder<Key>) {
            self.init(full: order.title, compact: order.compactTitle)
        }
    }

    /// What the pane lists, e.g. "Boards" or "My pins".
    public var title: String
    /// Whose items they are, after the title: the board, then the section, of the sections and pins
    /// panes (shown "Summer Recipes › Salads"); empty for the other panes.
    public var subject: [String]
    /// Shown after the count, e.g. the open section or the active "My pins" filters.
    public var qualifier: String?
    /// The rows around the selection, already filtered and sorted: `rows[0]` is row `firstRow` of
    /// `rowCount`. A pane of 100,000 pins passes only the rows that can be in view.
    public var rows: [ListRow]
    /// The position in the whole list of `rows[0]`.
    public var firstRow: Int
    /// How many rows the whole list has (the position "12/300" counts them).
    public var rowCount: Int
    /// How many rows are items, not leading rows like "(all pins)": "3 of 12" while a filter is active.
    public var matchingCount: Int
    /// How many items are loaded before filtering; shown as "3 of 12" while a filter is active.
    public var loadedCount: Int
    /// True when the API has more pages (a bookmark exists): the count gets a "+".
    public var hasMore: Bool
    /// False until a page has arrived: the title then shows no count rather than "(0)".
    public var isCountKnown: Bool
    public var isLoading: Bool
    /// True while every page is being loaded (after `go_bottom`): the notice says how far it got.
    public var isLoadingAll: Bool
    /// About how many items the whole list has, when the API says (a board's pin count).
    public var expectedCount: Int?
    /// The user-facing message of the pane's last failed request.
    public var errorMessage: String?
    /// The display of the retry key, shown next to an error ("r"); nil when retrying cannot help.
    public var retryKey: String?
    /// Shown when no items are loaded (leading rows like "(all pins)" do not count).
    public var emptyMessage: String
    /// The active filter text, if any (shown in the title).
    public var filter: String?
    /// The list's order, shown in the title; nil for a list that cannot be sorted.
    public var sort: SortTitle?
    /// Index into `rows`.
    public var selectedIndex: Int?
    /// Index of the first row shown, from the state; the renderer still keeps the selection visible.
    public var scrollOffset: Int
    public var isFocused: Bool
    /// How many items are marked for a bulk operation; shown in the title when not zero.
    public var markedCount: Int

    public init(
        title: String, subject: [String] = [], qualifier: String? = nil, rows: [ListRow], firstRow: Int = 0, rowCount: Int? = nil,
        matchingCount: Int? = nil, loadedCount: Int, hasMore: Bool = false, isCountKnown: Bool = true, isLoading: Bool = false,
        isLoadingAll: Bool = false, expectedCount: Int? = nil, errorMessage: String? = nil, retryKey: String? = nil, emptyMessage: String, filter: String? = nil,
        sort: SortTitle? = nil, selectedIndex: Int? = nil, scrollOffset: Int = 0, isFocused: Bool = false, markedCount: Int = 0
    ) {
        self.title = title
        self.subject = subject
        self.qualifier = qualifier
        self.rows = rows
        self.firstRow = firstRow
        self.rowCount = rowCount ?? firstRow + rows.count
        self.matchingCount = matchingCount ?? rows.filter { !$0.isSecondary }.count
        self.loadedCount = loadedCount
        self.hasMore = hasMore
        self.isCountKnown = isCountKnown
        self.isLoading = isLoading
        self.isLoadingAll = isLoadingAll
        self.expectedCount = expectedCount
        self.errorMessage = errorMessage
        self.retryKey = retryKey
        self.emptyMessage = emptyMessage
        self.filter = filter
        self.sort = sort
        self.selectedIndex = selectedIndex
        self.scrollOffset = scrollOffset
        self.isFocused = isFocused
        self.markedCount = markedCount
    }
}
