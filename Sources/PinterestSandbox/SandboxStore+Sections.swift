import GRDB

extension SandboxStore {
    func listSections(board: Int64, page: PageRequest) async throws -> WirePage<WireSection> {
        try await database.read { db in
            _ = try self.boardRow(board, db)
            let rows = try SectionRow.filter(Column("boardId") == board).order(Column("id"))
                .limit(page.size + 1, offset: page.offset).fetchAll(db)
            return page.page(rows, Self.wireSection)
        }
    }

    func createSection(board: Int64, _ body: SectionBody) async throws -> WireSection {
        let name = try Self.validSectionName(body)
        return try await database.write { db in
            _ = try self.ownedBoardRow(board, db)
            try self.requireUniqueSectionName(name, board: board, except: nil, db)
            var row = SectionRow(id: nil, boardId: board, name: name)
            try row.insert(db)
            return Self.wireSection(row)
        }
    }

    func updateSection(board: Int64, section: Int64, _ body: SectionBody) async throws -> WireSection {
        let name = try Self.validSectionName(body)
        return try await database.write { db in
            _ = try self.ownedBoardRow(board, db)
            var row = try self.sectionRow(section, board: board, db)
            try self.requireUniqueSectionName(name, board: board, except: section, db)
            row.name = name
            try row.update(db)
            return Self.wireSection(row)
        }
    }

    /// Deletes a section and, as Pinterest does, the pins in it.
    func deleteSection(board: Int64, section: Int64) async throws {
        try await database.write { db in
            _ = try self.ownedBoardRow(board, db)
            _ = try self.sectionRow(section, board: board, db).delete(db)
            try self.touchBoard(board, db)
        }
    }

    func sectionRow(_ id: Int64, board: Int64, _ db: Database) throws -> SectionRow {
        guard let row = try SectionRow.fetchOne(db, key: id), row.boardId == board else {
            throw APIError.sectionNotFound
        }
        return row
    }

    private static func validSectionName(_ body: SectionBody) throws -> String {
        guard let name = body.name else { throw APIError.missing("name") }
        try Validate.length(name, field: "name", min: 1, max: 180)
        return name
    }

    /// Refuses a name another section of the board already has: a rename answers the documented 409
    /// "Board section conflict"; a create answers 400 naming the field (the docs give create's 409 another
    /// meaning: the board was busy).
    private func requireUniqueSectionName(_ name: String, board: Int64, except: Int64?, _ db: Database) throws {
        let clash = try SectionRow.filter(Column("boardId") == board && Column("name") == name)
            .fetchAll(db).contains { $0.id != except }
        guard clash else { return }
        guard except != nil else {
            throw APIError.invalid("name", "a section named '\(name)' already exists on this board.")
        }
        throw APIError(
            status: .conflict, code: 409, message: "Board section conflict: a section named '\(name)' already exists.")
    }

    static func wireSection(_ row: SectionRow) -> WireSection {
        WireSection(id: String(row.id!), name: row.name)
    }
}
