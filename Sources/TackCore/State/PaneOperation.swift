/// Something the user does to one list pane; applied by `ListPane.apply(_:pageRows:)`.
public enum PaneOperation: Hashable, Sendable {
    case move(ListMovement)
    case beginFilter
    /// Appends text typed or pasted into the filter.
    case typeIntoFilter(String)
    case deleteFilterBackward
    /// Keeps the filter and returns to navigation.
    case acceptFilter
    /// Clears the filter and returns to navigation.
    case clearFilter
    case cycleSort
    case reverseSort
    /// Repeats the failed request, if retrying may succeed.
    case retry
    /// Reloads the first page, keeping what is shown until it arrives.
    case refresh
    /// Makes the pane list `source`: starts over and loads its first page, unless it already lists it
    /// (and did not fail).
    case show(ListSource)
    /// After a page arrived: requests the next one if the selection is near the end, or if everything
    /// is being loaded (then the selection follows the end).
    case prefetch
    /// Stops loading every page after `go_bottom` (`back`); the page in flight still arrives.
    case stopLoadingAll
    /// Records the failure of `request` if the pane still waits for it.
    case fail(PageRequest, APIFailure)
}
