import PinterestAPI

/// The gallery as shown: its grid, the first pin in view, the pins in view and which is selected.
public struct GalleryView: Sendable {
    public var layout: GalleryLayout
    /// The position in the list of the first pin in view.
    public var first: Int
    public var pins: [Pin]
    public var selectedId: String?
}
