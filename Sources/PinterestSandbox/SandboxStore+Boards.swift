import GRDB

extension SandboxStore {
    static let boardPrivacies = ["PUBLIC", "PROTECTED", "SECRET"]
    static let boardUpdatePrivacies = ["PUBLIC", "SECRET"]
    static let boardPrivacyFilters = ["ALL", "PUBLIC", "PROTECTED", "SECRET", "PUBLIC_AND_SECRET"]

    /// Boards of the account, filtered by a `BoardPrivacyFilter` value.
    func listBoards(privacy filter: String?, page: PageRequest) async throws -> WirePage<WireBoard> {
        let privacies: [String] =
            switch filter {
            case nil, "ALL": Self.boardPrivacies
            case "PUBLIC_AND_SECRET": ["PUBLIC", "SECRET"]
            case let single?: [single]
            }
        return try await database.read { db in
            let owner = try self.account(db).username
            let rows = try BoardRow.filter(Column("owner") == owner && privacies.contains(Column("privacy")))
                .order(Column("id")).limit(page.size + 1, offset: page.offset).fetchAll(db)
            return try page.page(rows) { try self.wireBoard($0, db) }
        }
    }

    /// Boards of other users that the account follows.
    func listFollowedBoards(page: PageRequest) async throws -> WirePage<WireBoard> {
        try await database.read { db in
            let rows = try BoardRow.filter(Column("isFollowedByAccount") == true)
                .order(Column("id")).limit(page.size + 1, offset: page.offset).fetchAll(db)
            return try page.page(rows) { try self.wireBoard($0, db) }
        }
    }

    func board(_ id: Int64) async throws -> WireBoard {
        try await database.read { db in try self.wireBoard(try self.boardRow(id, db), db) }
    }

    func createBoard(_ body: BoardCreateBody) async throws -> WireBoard {
        guard let name = body.name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw APIError.missing("name")
        }
        try Validate.length(name, field: "name", max: Validate.unspecifiedMaxLength)
        try Validate.length(body.description, field: "description", max: 500)
        try Validate.oneOf(body.privacy, Self.boardPrivacies, field: "privacy")
        let adsOnly = body.isAdsOnly ?? false
        return try await database.write { db in
            let now = SandboxClock.timestamp()
            var row = BoardRow(
                id: nil, name: adsOnly ? "Ad-only Pins" : name, description: body.description,
                privacy: adsOnly ? "PROTECTED" : (body.privacy ?? "PUBLIC"), isAdsOnly: adsOnly, createdAt: now,
                pinsModifiedAt: now, followerCount: 0, collaboratorCount: 0, owner: try self.account(db).username,
                isFollowedByAccount: false)
            try row.insert(db)
            return try self.wireBoard(row, db)
        }
    }

    func updateBoard(_ id: Int64, _ body: BoardUpdateBody) async throws -> WireBoard {
        if case .set(let name) = body.name {
            guard let name, !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw APIError.invalid("name", "must not be empty.")
            }
            try Validate.length(name, field: "name", max: Validate.unspecifiedMaxLength)
        }
        try Validate.length(body.description.sentValue, field: "description", max: 500)
        try Validate.oneOf(body.privacy.sentValue, Self.boardUpdatePrivacies, field: "privacy")
        return try await database.write { db in
            var row = try self.ownedBoardRow(id, db)
            row.name = body.name.applied(to: row.name) ?? row.name
            row.description = body.description.applied(to: row.description)
            row.privacy = body.privacy.applied(to: row.privacy) ?? row.privacy
            try row.update(db)
            return try self.wireBoard(row, db)
        }
    }

    func deleteBoard(_ id: Int64) async throws {
        try await database.write { db in
            _ = try self.ownedBoardRow(id, db).delete(db)
        }
    }

    func boardRow(_ id: Int64, _ db: Database) throws -> BoardRow {
        guard let row = try BoardRow.fetchOne(db, key: id) else { throw APIError.boardNotFound }
        return row
    }

    /// A board the account owns: 404 when unknown, 403 when it belongs to someone else.
    func ownedBoardRow(_ id: Int64, _ db: Database) throws -> BoardRow {
        let row = try boardRow(id, db)
        guard row.owner == (try account(db).username) else {
            throw APIError(status: .forbidden, code: 29, message: "You are not permitted to access that resource.")
        }
        return row
    }

    /// Records that the pins of a board changed now (`board_pins_modified_at`).
    func touchBoard(_ id: Int64, _ db: Database) throws {
        try db.execute(
            sql: "UPDATE board SET pinsModifiedAt = ? WHERE id = ?", arguments: [SandboxClock.timestamp(), id])
    }
}
