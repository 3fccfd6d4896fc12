import TackCore

extension ListPaneContent {
    /// What a list pane of the state shows in `rowsInView` rows, with `row` turning each item that can
    /// be in view into a row. The retry key is offered only for a failure that retrying may mend.
    init<Item: PaneItem>(
        pane: ListPane<Item>, title: String, subject: [String] = [], qualifier: String? = nil, emptyMessage: String,
        rowsInView: Int, expectedCount: Int? = nil, isFocused: Bool, retryKey: String?, row: (Item) -> ListRow
    ) {
        // The rows drawn include the selection and are at most `rowsInView`, wherever the view scrolls.
        let selected = pane.selectedIndex ?? 0
        let window = max(0, selected - rowsInView)..<(selected + rowsInView)
        // A list with nothing loaded yet has no order to name.
        let isCountKnown = pane.phase == .loaded || pane.loadedCount > 0
        self.init(
            title: title,
            subject: subject,
            qualifier: qualifier,
            rows: pane.visibleRows(in: window).map(row),
            firstRow: window.lowerBound,
            rowCount: pane.visibleCount,
            matchingCount: pane.matchingCount,
            loadedCount: pane.loadedCount,
            hasMore: pane.hasMore,
            isCountKnown: isCountKnown,
            isLoading: pane.isLoading,
            isLoadingAll: pane.isLoadingAll,
            expectedCount: expectedCount,
            errorMessage: pane.failure?.userMessage,
            retryKey: pane.failure?.isRetryable == true ? retryKey : nil,
            emptyMessage: emptyMessage,
            filter: pane.filter.isEmpty ? nil : pane.filter,
            sort: isCountKnown ? SortTitle(pane.sort) : nil,
            selectedIndex: pane.selectedIndex,
            scrollOffset: pane.scrollOffset,
            isFocused: isFocused
        )
    }
}
