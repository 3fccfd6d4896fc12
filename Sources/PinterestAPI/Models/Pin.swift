import Foundation

/// A pin (spec `Pin`). Only `id` is guaranteed; everything else may be missing or null.
public struct Pin: Hashable, Sendable, Codable, Identifiable {
    // The flags follow the date so that they fill its padding (16 bytes less a pin).
    public var id: String
    public var createdAt: Date?
    public var isOwner: Bool?
    public var isStandard: Bool?
    public var hasBeenPromoted: Bool?
    public var link: String?
    public var title: String?
    public var description: String?
    public var dominantColor: String?
    public var altText: String?
    public var creativeType: CreativeType?
    public var boardId: String?
    public var boardSectionId: String?
    public var boardOwner: BoardOwner?
    public var media: PinMedia?
    public var parentPinId: String?
    public var note: String?
    /// 90-day and lifetime metrics when asked for with `pinMetrics: true`; free-form JSON.
    public var pinMetrics: JSONValue?

    public init(
        id: String, createdAt: Date? = nil, link: String? = nil, title: String? = nil,
        description: String? = nil, dominantColor: String? = nil, altText: String? = nil,
        creativeType: CreativeType? = nil, boardId: String? = nil, boardSectionId: String? = nil,
        boardOwner: BoardOwner? = nil, isOwner: Bool? = nil, media: PinMedia? = nil,
        parentPinId: String? = nil, isStandard: Bool? = nil, hasBeenPromoted: Bool? = nil,
        note: String? = nil, pinMetrics: JSONValue? = nil
    ) {
        self.id = id
        self.createdAt = createdAt
        self.link = link
        self.title = title
        self.description = description
        self.dominantColor = dominantColor
        self.altText = altText
        self.creativeType = creativeType
        self.boardId = boardId
        self.boardSectionId = boardSectionId
        self.boardOwner = boardOwner
        self.isOwner = isOwner
        self.media = media
        self.parentPinId = parentPinId
        self.isStandard = isStandard
        self.hasBeenPromoted = hasBeenPromoted
        self.note = note
        self.pinMetrics = pinMetrics
    }

    enum CodingKeys: String, CodingKey {
        case id, link, title, description, media, note
        case createdAt = "created_at"
        case dominantColor = "dominant_color"
        case altText = "alt_text"
        case creativeType = "creative_type"
        case boardId = "board_id"
        case boardSectionId = "board_section_id"
        case boardOwner = "board_owner"
        case isOwner = "is_owner"
        case parentPinId = "parent_pin_id"
        case isStandard = "is_standard"
        case hasBeenPromoted = "has_been_promoted"
        case pinMetrics = "pin_metrics"
    }

    /// Decodes the members; the board and section ids, which the pins of a page repeat, are shared
    /// (see `StringInterner`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func interned(_ key: CodingKeys) throws -> String? {
            try c.decodeIfPresent(String.self, forKey: key).map(decoder.intern)
        }
        self.init(
            id: try c.decode(String.self, forKey: .id),
            createdAt: try c.decodeIfPresent(Date.self, forKey: .createdAt),
            link: try c.decodeIfPresent(String.self, forKey: .link),
            title: try c.decodeIfPresent(String.self, forKey: .title),
            description: try c.decodeIfPresent(String.self, forKey: .description),
            dominantColor: try c.decodeIfPresent(String.self, forKey: .dominantColor),
            altText: try c.decodeIfPresent(String.self, forKey: .altText),
            creativeType: try c.decodeIfPresent(CreativeType.self, forKey: .creativeType),
            boardId: try interned(.boardId),
            boardSectionId: try interned(.boardSectionId),
            boardOwner: try c.decodeIfPresent(BoardOwner.self, forKey: .boardOwner),
            isOwner: try c.decodeIfPresent(Bool.self, forKey: .isOwner),
            media: try c.decodeIfPresent(PinMedia.self, forKey: .media),
            parentPinId: try c.decodeIfPresent(String.self, forKey: .parentPinId),
            isStandard: try c.decodeIfPresent(Bool.self, forKey: .isStandard),
            hasBeenPromoted: try c.decodeIfPresent(Bool.self, forKey: .hasBeenPromoted),
            note: try c.decodeIfPresent(String.self, forKey: .note),
            pinMetrics: try c.decodeIfPresent(JSONValue.self, forKey: .pinMetrics))
    }
}
