import Foundation
import PinterestAPI

/// The fields of an exported pin that its CSV row and its import use; the file keeps all the others.
struct ExportedPin: Decodable, Sendable {
    var id: String
    var title: String?
    var description: String?
    var link: String?
    var altText: String?
    var dominantColor: String?
    var creativeType: String?
    /// As the API wrote it (the CSV repeats it unchanged).
    var createdAt: String?
    var boardId: String?
    var boardSectionId: String?
    var parentPinId: String?
    var media: PinMedia?

    enum CodingKeys: String, CodingKey {
        case id, title, description, link, media
        case altText = "alt_text"
        case dominantColor = "dominant_color"
        case creativeType = "creative_type"
        case createdAt = "created_at"
        case boardId = "board_id"
        case boardSectionId = "board_section_id"
        case parentPinId = "parent_pin_id"
    }

    /// `decoder`: one shared by the pins of a list (making one a pin cost more than decoding it).
    static func decode(_ data: Data, with decoder: JSONDecoder = PinterestJSON.makeDecoder()) throws -> ExportedPin {
        try decoder.decode(ExportedPin.self, from: data)
    }

    /// The largest image of the pin: its own, else its first carousel slot's, else a video's cover.
    var largestImage: (url: String, width: Int?, height: Int?)? {
        guard let media else { return nil }
        let sized = media.imageSizes.compactMap { size in size.url.map { (url: $0, width: size.width, height: size.height) } }
        return sized.max { ($0.width ?? 0) * ($0.height ?? 0) < ($1.width ?? 0) * ($1.height ?? 0) }
    }

    /// The largest image of each carousel slot, for a pin made of several images.
    var carouselImages: [(url: String, title: String?, description: String?, link: String?)] {
        (media?.items ?? []).compactMap { item in
            let largest = item.images.map { renditions in
                renditions.map { (url: $0.details.url, area: ($0.details.width ?? 0) * ($0.details.height ?? 0)) }
                    .filter { $0.url != nil }
                    .max { $0.area < $1.area }
            }
            guard let url = largest??.url else { return nil }
            return (url: url, title: item.title, description: item.description, link: item.link)
        }
    }

    var isVideo: Bool { media?.mediaType?.rawValue.contains("video") == true || creativeType == "VIDEO" }
}

/// An exported board's fields that import uses.
struct ExportedBoard: Decodable, Sendable {
    var id: String
    var name: String
    var description: String?
    var privacy: BoardPrivacy?
    var pinCount: Int?

    enum CodingKeys: String, CodingKey {
        case id, name, description, privacy
        case pinCount = "pin_count"
    }

    static func decode(_ data: Data) throws -> ExportedBoard {
        try JSONDecoder().decode(ExportedBoard.self, from: data)
    }
}

/// An exported section: the API's section has only these.
struct ExportedSection: Decodable, Sendable {
    var id: String
    var name: String
}
