/// Where a list pane is in loading its pages.
public enum LoadPhase: Hashable, Sendable {
    /// Nothing requested yet.
    case idle
    /// The first page is on its way (the pane may still show the items of an earlier load).
    case loading
    /// A further page is on its way; the loaded items stay usable.
    case loadingMore
    /// The last request succeeded.
    case loaded
    /// The last request failed; `retry` repeats it.
    case failed(APIFailure)
}
