import Foundation
import PinterestAPI

extension UserSummary: PaneItem {
    public var filterText: String { username ?? "" }

    public func precedes(_ other: UserSummary, by key: PersonSortKey) -> Bool {
        switch key {
        case .username: id.caseInsensitiveCompare(other.id) == .orderedAscending
        case .apiOrder: false
        }
    }
}

extension LinkedBusiness: PaneItem {
    public var filterText: String { username ?? "" }

    public func precedes(_ other: LinkedBusiness, by key: PersonSortKey) -> Bool {
        switch key {
        case .username: id.caseInsensitiveCompare(other.id) == .orderedAscending
        case .apiOrder: false
        }
    }
}

extension UserWebsiteSummary: PaneItem {
    public var filterText: String { [website, status].compactMap(\.self).joined(separator: " ") }

    public func precedes(_ other: UserWebsiteSummary, by key: WebsiteSortKey) -> Bool {
        switch key {
        case .website: id.caseInsensitiveCompare(other.id) == .orderedAscending
        case .verifiedAt: (verifiedAt ?? .distantPast) < (other.verifiedAt ?? .distantPast)
        case .apiOrder: false
        }
    }
}
