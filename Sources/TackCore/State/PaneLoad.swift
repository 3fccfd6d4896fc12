/// What a list pane asks of the store after an operation (`ListPane.apply(_:pageRows:)`).
enum PaneLoad: Hashable, Sendable {
    /// Load one page.
    case page(PageRequest)
    /// Load this page and every one after it, each as it arrives (`APIRequest.pages`): for a pane
    /// that wants every page (`go_bottom`, or a filter searching the whole list).
    case pages(PageRequest)
    /// Stop the pages still coming: the pane no longer wants them all.
    case stopPages
}
