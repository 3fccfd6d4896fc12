import Foundation
import PinterestAPI

extension Board: PaneItem {
    public var filterText: String { name }

    public func precedes(_ other: Board, by key: BoardSortKey) -> Bool {
        switch key {
        case .name: name.caseInsensitiveCompare(other.name) == .orderedAscending
        case .createdAt: (createdAt ?? .distantPast) < (other.createdAt ?? .distantPast)
        case .pinCount: (pinCount ?? 0) < (other.pinCount ?? 0)
        case .apiOrder: false
        }
    }
}
