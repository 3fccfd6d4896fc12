import Foundation
import PinterestAPI

extension Board: PaneItem {
    public var filterText: String { name }

    public static var sortKeys: [SortKey] { [.apiOrder, .name, .createdAt, .pinCount] }

    public func precedes(_ other: Board, by key: SortKey) -> Bool {
        switch key {
        case .name, .title: name.caseInsensitiveCompare(other.name) == .orderedAscending
        case .createdAt: (createdAt ?? .distantPast) < (other.createdAt ?? .distantPast)
        case .pinCount: (pinCount ?? 0) < (other.pinCount ?? 0)
        case .apiOrder: false
        }
    }
}
