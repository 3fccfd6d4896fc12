import PinterestAPI

/// The filters the account analytics operations take (user_account/analytics, top_pins, top_video_pins):
/// each keeps everything at its default, and only the filters that differ from it are sent.
public struct AnalyticsFilters: Hashable, Sendable {
    public var appType: AppType
    public var contentType: AnalyticsContentType
    public var source: AnalyticsSource
    public var pinFormat: PinFormat
    public var claimedContent: FromClaimedContent

    public init(
        appType: AppType = .all, contentType: AnalyticsContentType = .all, source: AnalyticsSource = .all,
        pinFormat: PinFormat = .all, claimedContent: FromClaimedContent = .both
    ) {
        self.appType = appType
        self.contentType = contentType
        self.source = source
        self.pinFormat = pinFormat
        self.claimedContent = claimedContent
    }

    /// Everything kept: what the API assumes when no filter is sent.
    public static let none = AnalyticsFilters()

    public var isEmpty: Bool { self == .none }

    /// A filter's value to send: nil at its default, which the API assumes when nothing is sent.
    public func sent<Value: Equatable>(_ filter: KeyPath<AnalyticsFilters, Value>) -> Value? {
        self[keyPath: filter] == Self.none[keyPath: filter] ? nil : self[keyPath: filter]
    }

    /// The values each filter offers, its default first, as the API lists them.
    public static let appTypes: [AppType] = [.all, .mobile, .tablet, .web]
    public static let contentTypes: [AnalyticsContentType] = [.all, .paid, .organic]
    public static let sources: [AnalyticsSource] = [.all, .yourPins, .otherPins]
    public static let pinFormats: [PinFormat] = [
        .all, .organicImage, .organicProduct, .organicVideo, .adsStandard, .adsProduct, .adsVideo, .adsIdea,
    ]
    public static let claimedContents: [FromClaimedContent] = [.both, .claimed, .other]

    /// The filters in effect, for the screen's title ("web · organic · image pins"); empty without any.
    public var summary: [String] {
        [
            appType == .all ? nil : Self.label(appType),
            contentType == .all ? nil : Self.label(contentType),
            source == .all ? nil : Self.label(source),
            pinFormat == .all ? nil : Self.label(pinFormat),
            claimedContent == .both ? nil : Self.label(claimedContent),
        ].compactMap(\.self)
    }

    public static func label(_ value: AppType) -> String {
        switch value {
        case .all: "all apps"
        case .mobile: "mobile"
        case .tablet: "tablet"
        case .web: "web"
        default: value.rawValue.lowercased()
        }
    }

    public static func label(_ value: AnalyticsContentType) -> String {
        switch value {
        case .all: "paid and organic"
        case .paid: "paid"
        case .organic: "organic"
        default: value.rawValue.lowercased()
        }
    }

    public static func label(_ value: AnalyticsSource) -> String {
        switch value {
        case .all: "all pins"
        case .yourPins: "your pins"
        case .otherPins: "others' pins"
        default: value.rawValue.lowercased()
        }
    }

    public static func label(_ value: PinFormat) -> String {
        switch value {
        case .all: "every format"
        case .organicImage: "image pins"
        case .organicProduct: "product pins"
        case .organicVideo: "video pins"
        case .adsStandard: "standard ads"
        case .adsProduct: "product ads"
        case .adsVideo: "video ads"
        case .adsIdea: "idea ads"
        default: value.rawValue.lowercased()
        }
    }

    public static func label(_ value: FromClaimedContent) -> String {
        switch value {
        case .both: "claimed or not"
        case .claimed: "claimed content"
        case .other: "unclaimed content"
        default: value.rawValue.lowercased()
        }
    }
}
