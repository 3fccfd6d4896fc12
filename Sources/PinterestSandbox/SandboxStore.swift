import Foundation
import GRDB

/// The sandbox's data: the SQLite database and the mapping of its rows to wire objects.
/// The operations live in extensions, one file per resource.
final class SandboxStore: Sendable {
    let database: any DatabaseWriter

    init(database: any DatabaseWriter) {
        self.database = database
    }

    func account(_ db: Database) throws -> AccountRow {
        guard let account = try AccountRow.fetchOne(db) else {
            throw APIError(status: .forbidden, code: 403, message: "Not authorized to access the user account.")
        }
        return account
    }

    func wireBoard(_ row: BoardRow, _ db: Database) throws -> WireBoard {
        let id = row.id!
        let pinCount = try PinRow.filter(Column("boardId") == id).fetchCount(db)
        let medias = try String.fetchAll(
            db, sql: "SELECT media FROM pin WHERE boardId = ? ORDER BY id DESC LIMIT 5", arguments: [id]
        ).compactMap(Self.decodeMedia)
        return WireBoard(
            id: String(id), name: row.name, description: row.description, privacy: row.privacy,
            isAdsOnly: row.isAdsOnly, createdAt: row.createdAt, boardPinsModifiedAt: row.pinsModifiedAt,
            collaboratorCount: row.collaboratorCount, followerCount: row.followerCount, pinCount: pinCount,
            owner: .init(username: row.owner),
            media: .init(imageCoverUrl: medias.first?.coverURL, pinThumbnailUrls: medias.compactMap(\.thumbnailURL)))
    }

    static func decodeMedia(_ json: String) -> WirePinMedia? {
        try? JSONDecoder().decode(WirePinMedia.self, from: Data(json.utf8))
    }

    static func encodeMedia(_ media: WirePinMedia) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(media), as: UTF8.self)
    }
}
