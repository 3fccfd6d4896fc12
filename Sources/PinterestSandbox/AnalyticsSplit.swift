/// The `split_field` of the analytics: one group of numbers per value of a segment's dimension, the groups
/// adding up to the unsplit numbers. Without a split the one group is named `all`.
enum AnalyticsSplit: String, Sendable, CaseIterable {
    case none = "NO_SPLIT"
    case appType = "APP_TYPE"
    case ownedContent = "OWNED_CONTENT"
    case source = "SOURCE"
    case pinFormat = "PIN_FORMAT"

    /// Every group of the split, in order, present whether or not it has activity.
    var groups: [String] {
        switch self {
        case .none: ["all"]
        case .appType: ActivitySegment.appTypes
        case .ownedContent: ["OWNED", "NOT_OWNED"]
        case .source: ActivitySegment.sources
        case .pinFormat: ActivitySegment.pinFormats
        }
    }

    /// The index in `groups` of the group a segment belongs to.
    func groupIndex(of segment: ActivitySegment) -> Int {
        switch self {
        case .none: 0
        case .appType: ActivitySegment.appTypes.firstIndex(of: segment.appType)!
        case .ownedContent: segment.isClaimed ? 0 : 1
        case .source: ActivitySegment.sources.firstIndex(of: segment.source)!
        case .pinFormat: ActivitySegment.pinFormats.firstIndex(of: segment.pinFormat)!
        }
    }
}
