import Foundation
import GRDB

extension SandboxStore {
    /// The picture uploaded under `hash`, as it was sent.
    func uploadedPicture(hash: String) async throws -> (contentType: String, bytes: Data)? {
        try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT contentType, data FROM upload WHERE hash = ?", arguments: [hash])
                .map { (contentType: $0["contentType"], bytes: $0["data"]) }
        }
    }

    /// Keeps `uploads` (a picture uploaded twice is kept once).
    static func keep(_ uploads: [UploadedPicture], _ db: Database) throws {
        for upload in uploads {
            try db.execute(
                sql: "INSERT OR IGNORE INTO upload (hash, contentType, data) VALUES (?, ?, ?)",
                arguments: [upload.hash, upload.contentType, upload.bytes])
        }
    }
}
