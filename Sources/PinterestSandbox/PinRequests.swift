/// `PinMediaSource`: the union of the ways to give a new pin its media, told apart by `source_type`.
struct MediaSourceBody: Decodable, Sendable {
    struct Item: Decodable, Sendable {
        let url: String?
        let contentType: String?
        let data: String?
        let title: String?
        let description: String?
        let link: String?

        enum CodingKeys: String, CodingKey {
            case url, data, title, description, link, contentType = "content_type"
        }
    }

    let sourceType: String?
    let url: String?
    let contentType: String?
    let data: String?
    let mediaId: String?
    let coverImageUrl: String?
    let items: [Item]?

    enum CodingKeys: String, CodingKey {
        case url, data, items
        case sourceType = "source_type", contentType = "content_type", mediaId = "media_id"
        case coverImageUrl = "cover_image_url"
    }
}

/// `PinCreate`.
struct PinCreateBody: Decodable, Sendable {
    let boardId: String?
    let boardSectionId: String?
    let title: String?
    let description: String?
    let link: String?
    let altText: String?
    let dominantColor: String?
    let parentPinId: String?
    let mediaSource: MediaSourceBody?

    enum CodingKeys: String, CodingKey {
        case title, description, link
        case boardId = "board_id", boardSectionId = "board_section_id", altText = "alt_text"
        case dominantColor = "dominant_color", parentPinId = "parent_pin_id", mediaSource = "media_source"
    }
}

/// `PinUpdate`.
struct PinUpdateBody: Decodable, Sendable {
    let boardId: FieldUpdate<String>
    let boardSectionId: FieldUpdate<String>
    let title: FieldUpdate<String>
    let description: FieldUpdate<String>
    let link: FieldUpdate<String>
    let altText: FieldUpdate<String>

    enum CodingKeys: String, CodingKey {
        case title, description, link
        case boardId = "board_id", boardSectionId = "board_section_id", altText = "alt_text"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        boardId = try c.update(.boardId)
        boardSectionId = try c.update(.boardSectionId)
        title = try c.update(.title)
        description = try c.update(.description)
        link = try c.update(.link)
        altText = try c.update(.altText)
    }
}

/// The body of `pins/save`.
struct PinSaveBody: Decodable, Sendable {
    let boardId: String?
    let boardSectionId: String?

    enum CodingKeys: String, CodingKey {
        case boardId = "board_id", boardSectionId = "board_section_id"
    }
}
