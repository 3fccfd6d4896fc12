import PinterestAPI

/// One metric of user_account/analytics, as the analytics screen lists them: counts first, then rates.
public enum AccountMetric: String, Hashable, Sendable, CaseIterable {
    case impressions = "IMPRESSION"
    case engagements = "ENGAGEMENT"
    case pinClicks = "PIN_CLICK"
    case outboundClicks = "OUTBOUND_CLICK"
    case saves = "SAVE"
    case engagementRate = "ENGAGEMENT_RATE"
    case pinClickRate = "PIN_CLICK_RATE"
    case outboundClickRate = "OUTBOUND_CLICK_RATE"
    case saveRate = "SAVE_RATE"

    public var label: String {
        switch self {
        case .impressions: "Impressions"
        case .engagements: "Engagements"
        case .pinClicks: "Pin clicks"
        case .outboundClicks: "Outbound clicks"
        case .saves: "Saves"
        case .engagementRate: "Engagement rate"
        case .pinClickRate: "Pin click rate"
        case .outboundClickRate: "Outbound click rate"
        case .saveRate: "Save rate"
        }
    }

    /// Rates are fractions (shown as percentages); the rest are counts.
    public var isRate: Bool { rawValue.hasSuffix("_RATE") }
}
