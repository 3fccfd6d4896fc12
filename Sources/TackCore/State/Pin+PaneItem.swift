import Foundation
import PinterestAPI

extension Pin: PaneItem {
    /// Pins often have no title, so the description is searched too.
    public var filterText: String { [title, description].compactMap(\.self).joined(separator: " ") }

    public static var sortKeys: [SortKey] { [.apiOrder, .createdAt, .title] }

    public func precedes(_ other: Pin, by key: SortKey) -> Bool {
        switch key {
        case .title, .name: (title ?? "").caseInsensitiveCompare(other.title ?? "") == .orderedAscending
        case .createdAt: (createdAt ?? .distantPast) < (other.createdAt ?? .distantPast)
        case .apiOrder, .pinCount: false
        }
    }
}
