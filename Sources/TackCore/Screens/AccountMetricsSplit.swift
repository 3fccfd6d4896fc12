import Foundation
import PinterestAPI

/// How the account's metrics are split into groups (user_account/analytics `split_field`); `cycle_split`
/// goes through them in order.
public enum AccountMetricsSplit: Hashable, Sendable, CaseIterable {
    case none, appType, ownedContent, source, pinFormat

    /// The `split_field` sent; nil without a split (the API's default, NO_SPLIT).
    public var field: AccountAnalyticsSplitField? {
        switch self {
        case .none: nil
        case .appType: .appType
        case .ownedContent: .ownedContent
        case .source: .source
        case .pinFormat: .pinFormat
        }
    }

    /// "app type", for "by app type" in the title.
    public var title: String {
        switch self {
        case .none: "no split"
        case .appType: "app type"
        case .ownedContent: "owned content"
        case .source: "source"
        case .pinFormat: "pin format"
        }
    }

    public var next: AccountMetricsSplit {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// A group's name as people read it ("Mobile", "Not owned", "Video ad"); a group the API names that
    /// Tack does not know is shown as the API spells it, in words.
    public static func groupLabel(_ key: String) -> String {
        if let known = knownGroups.first(where: { $0.key == key.uppercased() }) { return known.label }
        let words = key.replacingOccurrences(of: "_", with: " ").lowercased()
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// Where a group goes among the others: the known groups in the API's order, then the others by name.
    static func groupOrder(_ key: String) -> (Int, String) {
        (knownGroups.firstIndex { $0.key == key.uppercased() } ?? knownGroups.count, key)
    }

    /// The groups of every split, in the order the API lists their values.
    private static let knownGroups: [(key: String, label: String)] = [
        ("MOBILE", "Mobile"), ("TABLET", "Tablet"), ("WEB", "Web"), ("OWNED", "Owned"), ("NOT_OWNED", "Not owned"),
        ("YOUR_PINS", "Your pins"), ("OTHER_PINS", "Others' pins"), ("ORGANIC_IMAGE", "Image"),
        ("ORGANIC_PRODUCT", "Product"), ("ORGANIC_VIDEO", "Video"), ("ADS_STANDARD", "Standard ad"),
        ("ADS_PRODUCT", "Product ad"), ("ADS_VIDEO", "Video ad"), ("ADS_IDEA", "Idea ad"),
    ]
}
