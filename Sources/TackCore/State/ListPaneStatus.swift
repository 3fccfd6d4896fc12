/// The parts of a list pane that do not depend on its item type, as they are when read.
///
/// A value of its own rather than the pane behind a protocol: an existential would box a copy of the
/// whole pane, and the views read a pane's status several times a frame.
public struct ListPaneStatus: Sendable {
    public var source: ListSource?
    public var phase: LoadPhase
    public var request: PageRequest?
    public var filter: String
    public var isEditingFilter: Bool
    public var loadedCount: Int
    public var hasMore: Bool
    public var isLoading: Bool
    public var isSearchingAllPages: Bool
    /// True while every page is being loaded after `go_bottom`.
    public var isLoadingAll: Bool
    public var failure: APIFailure?

    init(_ pane: ListPane<some PaneItem>) {
        source = pane.source
        phase = pane.phase
        request = pane.request
        filter = pane.filter
        isEditingFilter = pane.isEditingFilter
        loadedCount = pane.loadedCount
        hasMore = pane.hasMore
        isLoading = pane.isLoading
        isSearchingAllPages = pane.isSearchingAllPages
        isLoadingAll = pane.isLoadingAll
        failure = pane.failure
    }
}
