/// A selection movement in a list pane.
public enum ListMovement: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
}
