/// `BoardCreate`.
struct BoardCreateBody: Decodable, Sendable {
    let name: String?
    let description: String?
    let privacy: String?
    let isAdsOnly: Bool?

    enum CodingKeys: String, CodingKey {
        case name, description, privacy, isAdsOnly = "is_ads_only"
    }
}

/// `BoardWithUpdatePrivacyUpdate`.
struct BoardUpdateBody: Decodable, Sendable {
    let name: FieldUpdate<String>
    let description: FieldUpdate<String>
    let privacy: FieldUpdate<String>

    enum CodingKeys: String, CodingKey { case name, description, privacy }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.update(.name)
        description = try c.update(.description)
        privacy = try c.update(.privacy)
    }
}

/// `BoardSection` as a create or update body.
struct SectionBody: Decodable, Sendable {
    let name: String?
}
