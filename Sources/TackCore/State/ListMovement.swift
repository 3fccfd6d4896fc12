/// A selection movement in a list pane.
public enum ListMovement: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom

    /// Where the selection goes from row `index` of `count` rows, `page` rows at a time, kept within the rows.
    public func index(from index: Int, count: Int, page: Int) -> Int {
        let step = max(1, page)
        let target = switch self {
        case .up: index - 1
        case .down: index + 1
        case .pageUp: index - step
        case .pageDown: index + step
        case .top: 0
        case .bottom: count - 1
        }
        return min(max(target, 0), count - 1)
    }
}
