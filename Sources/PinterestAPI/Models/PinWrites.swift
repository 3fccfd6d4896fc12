/// The body of pins/create (spec `PinCreate`).
/// Limits: title ≤ 100, description ≤ 800, alt text ≤ 500, link ≤ 2048 characters.
public struct PinCreate: Hashable, Sendable, Codable {
    public var boardId: String?
    public var boardSectionId: String?
    public var title: String?
    public var description: String?
    public var link: String?
    public var altText: String?
    /// Hex colour such as `#6E7874`.
    public var dominantColor: String?
    public var parentPinId: String?
    public var sponsorId: String?
    public var mediaSource: PinMediaSource?

    public init(
        boardId: String? = nil, boardSectionId: String? = nil, title: String? = nil,
        description: String? = nil, link: String? = nil, altText: String? = nil,
        dominantColor: String? = nil, parentPinId: String? = nil, sponsorId: String? = nil,
        mediaSource: PinMediaSource? = nil
    ) {
        self.boardId = boardId
        self.boardSectionId = boardSectionId
        self.title = title
        self.description = description
        self.link = link
        self.altText = altText
        self.dominantColor = dominantColor
        self.parentPinId = parentPinId
        self.sponsorId = sponsorId
        self.mediaSource = mediaSource
    }

    enum CodingKeys: String, CodingKey {
        case title, description, link
        case boardId = "board_id"
        case boardSectionId = "board_section_id"
        case altText = "alt_text"
        case dominantColor = "dominant_color"
        case parentPinId = "parent_pin_id"
        case sponsorId = "sponsor_id"
        case mediaSource = "media_source"
    }
}

/// The body of pins/update (spec `PinUpdate`); nil fields are left unchanged. An empty `link` or
/// `boardSectionId` is sent as JSON null: it removes the link, or takes the pin out of its section.
public struct PinUpdate: Hashable, Sendable, Codable {
    public var title: String?
    public var description: String?
    public var link: String?
    public var altText: String?
    public var boardId: String?
    public var boardSectionId: String?
    public var carouselSlots: [CarouselSlot]?

    public init(
        title: String? = nil, description: String? = nil, link: String? = nil, altText: String? = nil,
        boardId: String? = nil, boardSectionId: String? = nil, carouselSlots: [CarouselSlot]? = nil
    ) {
        self.title = title
        self.description = description
        self.link = link
        self.altText = altText
        self.boardId = boardId
        self.boardSectionId = boardSectionId
        self.carouselSlots = carouselSlots
    }

    enum CodingKeys: String, CodingKey {
        case title, description, link
        case altText = "alt_text"
        case boardId = "board_id"
        case boardSectionId = "board_section_id"
        case carouselSlots = "carousel_slots"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(description, forKey: .description)
        try Self.encodeClearable(link, forKey: .link, in: &container)
        try container.encodeIfPresent(altText, forKey: .altText)
        try container.encodeIfPresent(boardId, forKey: .boardId)
        try Self.encodeClearable(boardSectionId, forKey: .boardSectionId, in: &container)
        try container.encodeIfPresent(carouselSlots, forKey: .carouselSlots)
    }

    /// nil: leave the key out; "": send null; else the value.
    private static func encodeClearable(
        _ value: String?, forKey key: CodingKeys, in container: inout KeyedEncodingContainer<CodingKeys>
    ) throws {
        guard let value else { return }
        if value.isEmpty { try container.encodeNil(forKey: key) } else { try container.encode(value, forKey: key) }
    }
}

/// Text of one carousel slot, for pins/update.
public struct CarouselSlot: Hashable, Sendable, Codable {
    public var title: String?
    public var description: String?
    public var link: String?

    public init(title: String? = nil, description: String? = nil, link: String? = nil) {
        self.title = title
        self.description = description
        self.link = link
    }
}

/// The body of pins/save: the board (and optionally section) to save the pin to.
public struct PinSave: Hashable, Sendable, Codable {
    public var boardId: String?
    public var boardSectionId: String?

    public init(boardId: String? = nil, boardSectionId: String? = nil) {
        self.boardId = boardId
        self.boardSectionId = boardSectionId
    }

    enum CodingKeys: String, CodingKey {
        case boardId = "board_id"
        case boardSectionId = "board_section_id"
    }
}
