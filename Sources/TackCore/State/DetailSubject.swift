import PinterestAPI

/// What the detail pane describes.
public enum DetailSubject: Hashable, Sendable {
    case board(Board)
    case pin(Pin)
}
