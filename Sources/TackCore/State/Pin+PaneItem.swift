import Foundation
import PinterestAPI

extension Pin: PaneItem {
    /// Pins often have no title, so the description is searched too.
    public var filterText: String { [title, description].compactMap(\.self).joined(separator: " ") }

    public func precedes(_ other: Pin, by key: PinSortKey) -> Bool {
        switch key {
        case .title: (title ?? "").caseInsensitiveCompare(other.title ?? "") == .orderedAscending
        case .createdAt: (createdAt ?? .distantPast) < (other.createdAt ?? .distantPast)
        case .apiOrder: false
        }
    }
}
