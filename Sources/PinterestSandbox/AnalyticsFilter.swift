/// The filters of the account analytics (`app_types`, `content_type`, `source`, `pin_format`,
/// `from_claimed_content`); pin analytics only have `app_types`. The defaults keep everything.
struct AnalyticsFilter: Sendable {
    static let appTypes = ["ALL"] + ActivitySegment.appTypes
    static let contentTypes = ["ALL", "PAID", "ORGANIC"]
    static let sources = ["ALL"] + ActivitySegment.sources
    static let pinFormats = [
        "ALL", "ORGANIC_IMAGE", "ORGANIC_PRODUCT", "ORGANIC_VIDEO", "ADS_STANDARD", "ADS_PRODUCT", "ADS_VIDEO",
        "ADS_IDEA",
    ]
    static let claimedContent = ["OTHER", "CLAIMED", "BOTH"]

    var appType = "ALL"
    var contentType = "ALL"
    var source = "ALL"
    var pinFormat = "ALL"
    var claimedContent = "BOTH"

    /// The filters of `query` that are present, each checked against its enum.
    init(_ query: QueryParameters, accountFilters: Bool) throws {
        appType = try query.choice("app_types", Self.appTypes, default: appType)!
        guard accountFilters else { return }
        contentType = try query.choice("content_type", Self.contentTypes, default: contentType)!
        source = try query.choice("source", Self.sources, default: source)!
        pinFormat = try query.choice("pin_format", Self.pinFormats, default: pinFormat)!
        claimedContent = try query.choice("from_claimed_content", Self.claimedContent, default: claimedContent)!
    }

    func includes(_ segment: ActivitySegment) -> Bool {
        (appType == "ALL" || appType == segment.appType)
            && (contentType == "ALL" || (contentType == "PAID") == segment.isPaid)
            && (source == "ALL" || source == segment.source)
            && (pinFormat == "ALL" || pinFormat == segment.pinFormat)
            && (claimedContent == "BOTH" || (claimedContent == "CLAIMED") == segment.isClaimed)
    }
}
