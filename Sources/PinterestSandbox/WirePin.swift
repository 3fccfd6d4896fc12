/// `Pin` as the API sends it, without `pin_metrics` (added to the stored JSON when asked for, see `PinWire`).
/// Nullable fields are sent as `null` rather than left out, like the real API.
struct WirePin: Encodable, Sendable {
    let id: String
    let createdAt: String
    let link: String?
    let title: String?
    let description: String?
    let dominantColor: String?
    let altText: String?
    let creativeType: String?
    let boardId: String
    let boardSectionId: String?
    let boardOwner: WireBoard.Owner
    let isOwner: Bool
    let isStandard: Bool
    let hasBeenPromoted: Bool
    let parentPinId: String?
    let media: WirePinMedia

    enum CodingKeys: String, CodingKey {
        case id, link, title, description, media
        case createdAt = "created_at", dominantColor = "dominant_color", altText = "alt_text"
        case creativeType = "creative_type", boardId = "board_id", boardSectionId = "board_section_id"
        case boardOwner = "board_owner", isOwner = "is_owner", isStandard = "is_standard"
        case hasBeenPromoted = "has_been_promoted", parentPinId = "parent_pin_id"
    }

    init(_ row: PinRow, boardOwner: String, isOwner: Bool) {
        id = String(row.id!)
        createdAt = row.createdAt
        link = row.link
        title = row.title
        description = row.description
        dominantColor = row.dominantColor
        altText = row.altText
        creativeType = row.creativeType
        boardId = String(row.boardId)
        boardSectionId = row.sectionId.map(String.init)
        self.boardOwner = .init(username: boardOwner)
        self.isOwner = isOwner
        isStandard = true
        hasBeenPromoted = row.hasBeenPromoted
        parentPinId = row.parentPinId.map(String.init)
        media = SandboxStore.decodeMedia(row.media) ?? WirePinMedia(mediaType: "image")
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(link, forKey: .link)
        try c.encode(title, forKey: .title)
        try c.encode(description, forKey: .description)
        try c.encode(dominantColor, forKey: .dominantColor)
        try c.encode(altText, forKey: .altText)
        try c.encode(creativeType, forKey: .creativeType)
        try c.encode(boardId, forKey: .boardId)
        try c.encode(boardSectionId, forKey: .boardSectionId)
        try c.encode(boardOwner, forKey: .boardOwner)
        try c.encode(isOwner, forKey: .isOwner)
        try c.encode(isStandard, forKey: .isStandard)
        try c.encode(hasBeenPromoted, forKey: .hasBeenPromoted)
        try c.encode(parentPinId, forKey: .parentPinId)
        try c.encode(media, forKey: .media)
    }
}

/// `pin_metrics`: 90-day and lifetime totals.
struct WirePinMetrics: Encodable, Sendable {
    struct Window: Encodable, Sendable {
        let pinClick: Int
        let impression: Int
        let clickthrough: Int
        let reaction: Int?
        let comment: Int?

        enum CodingKeys: String, CodingKey {
            case impression, clickthrough, reaction, comment, pinClick = "pin_click"
        }
    }

    let ninetyDays: Window
    let lifetimeMetrics: Window

    enum CodingKeys: String, CodingKey {
        case ninetyDays = "90d", lifetimeMetrics = "lifetime_metrics"
    }
}
