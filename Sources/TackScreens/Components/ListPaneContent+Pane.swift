import TackCore

extension ListPaneContent {
    /// What a list pane of the state shows, with `row` turning each visible item into a row. The
    /// retry key is offered only for a failure that retrying may mend.
    init<Item: PaneItem>(
        pane: ListPane<Item>, title: String, subject: [String] = [], qualifier: String? = nil, emptyMessage: String,
        isFocused: Bool, retryKey: String?, row: (Item) -> ListRow
    ) {
        self.init(
            title: title,
            subject: subject,
            qualifier: qualifier,
            rows: pane.visibleItems.map(row),
            loadedCount: pane.loadedCount,
            hasMore: pane.hasMore,
            isCountKnown: pane.phase == .loaded || !pane.items.isEmpty,
            isLoading: pane.isLoading,
            errorMessage: pane.failure?.userMessage,
            retryKey: pane.failure?.isRetryable == true ? retryKey : nil,
            emptyMessage: emptyMessage,
            filter: pane.filter.isEmpty ? nil : pane.filter,
            selectedIndex: pane.selectedIndex,
            scrollOffset: pane.scrollOffset,
            isFocused: isFocused
        )
    }
}
