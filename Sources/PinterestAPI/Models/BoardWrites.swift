/// The body of boards/create (spec `BoardCreate`).
public struct BoardCreate: Hashable, Sendable, Codable {
    public var name: String
    public var description: String?
    public var privacy: BoardPrivacy?
    /// An ads-only board is always PROTECTED and named "Ad-only Pins" by Pinterest.
    public var isAdsOnly: Bool?

    public init(name: String, description: String? = nil, privacy: BoardPrivacy? = nil, isAdsOnly: Bool? = nil) {
        self.name = name
        self.description = description
        self.privacy = privacy
        self.isAdsOnly = isAdsOnly
    }

    enum CodingKeys: String, CodingKey {
        case name, description, privacy
        case isAdsOnly = "is_ads_only"
    }
}

/// The body of boards/update (spec `BoardWithUpdatePrivacyUpdate`); nil fields are left unchanged.
/// `privacy` accepts only `.public` and `.secret`.
public struct BoardUpdate: Hashable, Sendable, Codable {
    public var name: String?
    public var description: String?
    public var privacy: BoardPrivacy?

    public init(name: String? = nil, description: String? = nil, privacy: BoardPrivacy? = nil) {
        self.name = name
        self.description = description
        self.privacy = privacy
    }
}
