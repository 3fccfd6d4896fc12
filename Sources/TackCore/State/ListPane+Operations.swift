extension ListPane {
    /// When fewer rows than this are left below the selection, the next page is requested: a page,
    /// so that it has arrived by the time the selection gets there.
    public static var readAheadRows: Int { PageRequest.defaultPageSize }

    /// Applies `operation`; returns the loading to start or stop, if the operation needs any.
    /// `pageRows` is how far page up/down moves and how many rows are in view.
    mutating func apply(_ operation: PaneOperation, pageRows: Int) -> PaneLoad? {
        switch operation {
        case .move(let movement):
            isLoadingAll = movement == .bottom && hasMore
            move(movement, pageRows: pageRows)
        case .stopLoadingAll:
            isLoadingAll = false
        case .beginFilter:
            isEditingFilter = true
        case .typeIntoFilter(let text):
            changeFilter(pageRows: pageRows) { $0 += text }
        case .deleteFilterBackward:
            changeFilter(pageRows: pageRows) { if !$0.isEmpty { $0.removeLast() } }
        case .acceptFilter:
            isEditingFilter = false
        case .clearFilter:
            isEditingFilter = false
            changeFilter(pageRows: pageRows) { $0 = "" }
        case .cycleSort:
            sort = sort.next
        case .reverseSort:
            sort.direction = sort.direction.reversed
        case .retry:
            return retry().map(PaneLoad.page)
        case .refresh:
            isLoadingAll = false
            return source.map { .page(startLoading($0, keepingItems: true)) }
        case .show(let newSource):
            if newSource == source && failure == nil && phase != .idle { return nil }
            return .page(startLoading(newSource, keepingItems: false))
        case .prefetch:
            // Loading everything after `go_bottom`: the selection follows the end as pages arrive.
            if isLoadingAll {
                move(.bottom, pageRows: pageRows)
                isLoadingAll = hasMore
            }
        case .fail(let request, let failure):
            fail(failure, for: request)
            return nil
        }
        return nextPageRequestIfNeeded()
    }

    /// Starts loading the first page of `source`. Without `keepingItems` the pane starts over
    /// (only the sort order is kept); with it, the shown items stay until the page arrives.
    private mutating func startLoading(_ source: ListSource, keepingItems: Bool) -> PageRequest {
        if !keepingItems {
            let sort = self.sort
            self = ListPane(source: source)
            self.sort = sort
        }
        let request = PageRequest(source: source)
        self.request = request
        phase = .loading
        isFollowingPages = false
        return request
    }

    /// Accepts a page if it answers the pending request; returns false for a stale answer.
    mutating func receive(_ page: [Item], bookmark: String?, for answered: PageRequest) -> Bool {
        guard isLoading, answered == request else { return false }
        let previousIndex = selectedIndex
        if answered.isFirstPage {
            items = page
        } else {
            append(page)
        }
        self.bookmark = bookmark
        phase = .loaded
        clampSelection(previousIndex: previousIndex)
        return true
    }

    /// Records a failure if it answers the pending request; a stale answer is ignored.
    private mutating func fail(_ failure: APIFailure, for answered: PageRequest) {
        guard isLoading, answered == request else { return }
        phase = .failed(failure)
        isFollowingPages = false
    }

    /// Requests the next page, once, when a bookmark exists and either everything is to be loaded (a
    /// filter searches the whole list; `go_bottom` goes to its real end: then every page, each asked
    /// for as the one before it arrives) or the selection is less than `readAheadRows` from the end.
    /// While the pages come by themselves (`isFollowingPages`), the next one is awaited if it is still
    /// wanted, and the rest stopped if not.
    private mutating func nextPageRequestIfNeeded() -> PaneLoad? {
        guard phase == .loaded, let source else { return nil }
        guard let bookmark else {
            isFollowingPages = false
            return nil
        }
        let wantsEveryPage = isSearchingAllPages || isLoadingAll
        guard wantsEveryPage || visibleCount - 1 - (selectedIndex ?? -1) < Self.readAheadRows else {
            guard isFollowingPages else { return nil }
            isFollowingPages = false
            return .stopPages
        }
        let next = PageRequest(source: source, bookmark: bookmark)
        request = next
        phase = .loadingMore
        if isFollowingPages { return nil }
        isFollowingPages = wantsEveryPage
        return wantsEveryPage ? .pages(next) : .page(next)
    }

    /// Repeats the failed request, unless it would only fail again.
    private mutating func retry() -> PageRequest? {
        guard failure?.isRetryable == true, let request else { return nil }
        phase = request.isFirstPage ? .loading : .loadingMore
        return request
    }

    private mutating func move(_ movement: ListMovement, pageRows: Int) {
        guard let current = selectedIndex else { return }
        let index = movement.index(from: current, count: visibleCount, page: pageRows)
        selectedID = visibleItem(at: index).id
        keepInView(index, rows: max(1, pageRows))
    }

    private mutating func changeFilter(pageRows: Int, _ change: (inout String) -> Void) {
        let previousIndex = selectedIndex
        change(&filter)
        clampSelection(previousIndex: previousIndex)
        if let index = selectedIndex { keepInView(index, rows: max(1, pageRows)) }
    }

    /// Keeps the selected id if it is still visible; otherwise selects the row now at the old position
    /// (or the last row), so the selection never points at nothing.
    mutating func clampSelection(previousIndex: Int?) {
        let count = visibleCount
        guard count > 0 else {
            selectedID = nil
            scrollOffset = 0
            return
        }
        if let selectedID, visiblePosition(of: selectedID) != nil { return }
        selectedID = visibleItem(at: min(previousIndex ?? 0, count - 1)).id
    }

    mutating func keepInView(_ index: Int, rows: Int) {
        if index < scrollOffset {
            scrollOffset = index
        } else if index >= scrollOffset + rows {
            scrollOffset = index - rows + 1
        }
    }
}
