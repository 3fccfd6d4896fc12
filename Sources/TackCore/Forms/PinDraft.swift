import Foundation
import PinterestAPI

/// A pin to create: the fields of `PinCreate`, with media that may still name local files.
public struct PinDraft: Hashable, Sendable {
    public var boardId: String
    public var boardSectionId: String?
    public var title: String?
    public var description: String?
    public var link: String?
    public var altText: String?
    public var dominantColor: String?
    public var media: MediaDraft

    public init(
        boardId: String, boardSectionId: String? = nil, title: String? = nil, description: String? = nil,
        link: String? = nil, altText: String? = nil, dominantColor: String? = nil, media: MediaDraft
    ) {
        self.boardId = boardId
        self.boardSectionId = boardSectionId
        self.title = title
        self.description = description
        self.link = link
        self.altText = altText
        self.dominantColor = dominantColor
        self.media = media
    }

    /// The pins/create body, with the media resolved through `read` (see `MediaDraft.resolve`).
    public func pinCreate(reading read: (String) async throws -> Data) async throws -> PinCreate {
        PinCreate(
            boardId: boardId, boardSectionId: boardSectionId, title: title, description: description, link: link,
            altText: altText, dominantColor: dominantColor, mediaSource: try await media.resolve(reading: read))
    }
}
