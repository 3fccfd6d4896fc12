/// The parts of a list pane that do not depend on its item type.
public protocol ListPaneStatus: Sendable {
    var source: ListSource? { get }
    var phase: LoadPhase { get }
    var request: PageRequest? { get }
    var filter: String { get }
    var isEditingFilter: Bool { get }
    var loadedCount: Int { get }
    var hasMore: Bool { get }
    var isLoading: Bool { get }
    var isSearchingAllPages: Bool { get }
    /// True while every page is being loaded after `go_bottom`.
    var isLoadingAll: Bool { get }
    var failure: APIFailure? { get }
}

extension ListPane: ListPaneStatus {}
