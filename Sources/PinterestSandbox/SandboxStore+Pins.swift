import GRDB

extension SandboxStore {
    static let creativeTypes = [
        "REGULAR", "VIDEO", "SHOPPING", "CAROUSEL", "MAX_VIDEO", "SHOP_THE_PIN", "COLLECTION", "IDEA", "SHOWCASE",
        "QUIZ", "COLLAGE", "MAX_WIDTH_REGULAR_COLLECTION", "MAX_WIDTH_VIDEO_COLLECTION",
    ]

    /// What `pins/list` filters on.
    struct PinFilter: Sendable {
        var pinFilter: String?
        var includeProtectedPins = false
        var privateOnly = false
        var creativeTypes: [String] = []
    }

    /// Pins of a board (including those in its sections) or of one of its sections, newest first.
    func listBoardPins(
        board: Int64, section: Int64?, creativeTypes: [String], withMetrics: Bool, page: PageRequest
    ) async throws -> WirePage<EncodedJSON> {
        try await database.read { db in
            _ = try self.boardRow(board, db)
            var request = PinRow.filter(Column("boardId") == board)
            if let section {
                _ = try self.sectionRow(section, board: board, db)
                request = request.filter(Column("sectionId") == section)
            }
            if !creativeTypes.isEmpty { request = request.filter(creativeTypes.contains(Column("creativeType"))) }
            return try Self.sentPins(request, withMetrics: withMetrics, page: page, db)
        }
    }

    /// The account's pins across its boards, newest first.
    func listPins(_ filter: PinFilter, withMetrics: Bool, page: PageRequest) async throws -> WirePage<EncodedJSON> {
        try await database.read { db in
            let owner = try self.account(db).username
            var privacies = ["PUBLIC", "SECRET"]
            if filter.includeProtectedPins { privacies.append("PROTECTED") }
            if filter.privateOnly { privacies = ["SECRET"] }
            let boards = try Int64.fetchAll(db, BoardRow.select(Column("id")).filter(Column("owner") == owner && privacies.contains(Column("privacy"))))
            var request = PinRow.filter(boards.contains(Column("boardId")))
            switch filter.pinFilter {
            case "exclude_native": request = request.filter(Column("parentPinId") != nil)
            case "exclude_repins": request = request.filter(Column("parentPinId") == nil)
            case "has_been_promoted": request = request.filter(Column("hasBeenPromoted") == true)
            default: break
            }
            if !filter.creativeTypes.isEmpty {
                request = request.filter(filter.creativeTypes.contains(Column("creativeType")))
            }
            return try Self.sentPins(request, withMetrics: withMetrics, page: page, db)
        }
    }

    func pin(_ id: Int64, withMetrics: Bool) async throws -> EncodedJSON {
        try await database.read { db in try Self.sentPin(id, withMetrics: withMetrics, db) }
    }

    func createPin(_ body: PinCreateBody) async throws -> EncodedJSON {
        guard let boardText = body.boardId else { throw APIError.missing("board_id") }
        let board = try Validate.id(boardText, field: "board_id")
        let section = try Validate.optionalId(body.boardSectionId, field: "board_section_id")
        let parent = try Validate.optionalId(body.parentPinId, field: "parent_pin_id")
        try Self.validatePinText(title: body.title, description: body.description, link: body.link, altText: body.altText)
        try Validate.dominantColor(body.dominantColor)
        guard let source = body.mediaSource else { throw APIError.missing("media_source") }
        let converted = try MediaSourceConverter.media(for: source, dominantColor: body.dominantColor)
        return try await database.write { db in
            _ = try self.ownedBoardRow(board, db)
            if let section { _ = try self.sectionRow(section, board: board, db) }
            var row = PinRow(
                id: nil, boardId: board, sectionId: section, title: body.title, description: body.description,
                link: body.link, altText: body.altText, dominantColor: body.dominantColor,
                createdAt: SandboxClock.timestamp(), creativeType: converted.creativeType, media: try Self.encodeMedia(converted.media),
                parentPinId: parent, hasBeenPromoted: false, popularity: 40)
            try row.insert(db)
            try Self.keep(converted.uploads, db)
            try self.touchBoard(board, db)
            return try Self.sentPin(row.id!, db)
        }
    }

    func updatePin(_ id: Int64, _ body: PinUpdateBody) async throws -> EncodedJSON {
        let newBoard = try Validate.optionalId(body.boardId.sentValue, field: "board_id")
        let newSection = try Validate.optionalId(body.boardSectionId.sentValue, field: "board_section_id")
        try Self.validatePinText(
            title: body.title.sentValue, description: body.description.sentValue, link: body.link.sentValue,
            altText: body.altText.sentValue)
        return try await database.write { db in
            var row = try self.pinRow(id, db)
            let oldBoard = row.boardId
            if let newBoard {
                _ = try self.ownedBoardRow(newBoard, db)
                row.boardId = newBoard
                // Moving to another board leaves the old board's section unless a new one is given.
                if newBoard != oldBoard { row.sectionId = nil }
            }
            if case .set = body.boardSectionId { row.sectionId = newSection }
            if let section = row.sectionId { _ = try self.sectionRow(section, board: row.boardId, db) }
            row.title = body.title.applied(to: row.title)
            row.description = body.description.applied(to: row.description)
            row.link = body.link.applied(to: row.link)
            row.altText = body.altText.applied(to: row.altText)
            try row.update(db)
            try self.touchBoard(row.boardId, db)
            if oldBoard != row.boardId { try self.touchBoard(oldBoard, db) }
            return try Self.sentPin(id, db)
        }
    }

    func deletePin(_ id: Int64) async throws {
        try await database.write { db in
            let row = try self.pinRow(id, db)
            _ = try row.delete(db)
            try self.touchBoard(row.boardId, db)
        }
    }

    /// Copies a pin to a board (and section) of the account, recording the original as its parent.
    func savePin(_ id: Int64, _ body: PinSaveBody) async throws -> EncodedJSON {
        let board = try Validate.optionalId(body.boardId, field: "board_id")
        let section = try Validate.optionalId(body.boardSectionId, field: "board_section_id")
        return try await database.write { db in
            let original = try self.pinRow(id, db)
            let target = board ?? original.boardId
            _ = try self.ownedBoardRow(target, db)
            if let section { _ = try self.sectionRow(section, board: target, db) }
            var copy = original
            copy.id = nil
            copy.boardId = target
            copy.sectionId = section
            copy.parentPinId = original.id
            copy.createdAt = SandboxClock.timestamp()
            copy.hasBeenPromoted = false
            try copy.insert(db)
            try self.touchBoard(target, db)
            return try Self.sentPin(copy.id!, db)
        }
    }

    func pinRow(_ id: Int64, _ db: Database) throws -> PinRow {
        guard let row = try PinRow.fetchOne(db, key: id) else { throw APIError.pinNotFound }
        return row
    }

    /// A page of pins, newest first, as they are sent: their stored JSON, read without the rest of the row
    /// unless `pin_metrics` are asked for.
    private static func sentPins(
        _ request: QueryInterfaceRequest<PinRow>, withMetrics: Bool, page: PageRequest, _ db: Database
    ) throws -> WirePage<EncodedJSON> {
        var request = request.order(Column("id").desc).limit(page.size + 1, offset: page.offset)
        if !withMetrics { request = request.select(Column("wire")) }
        return try page.page(try Row.fetchAll(db, request)) { try PinWire.sent($0, withMetrics: withMetrics) }
    }

    private static func sentPin(_ id: Int64, withMetrics: Bool = false, _ db: Database) throws -> EncodedJSON {
        guard let row = try Row.fetchOne(db, PinRow.filter(key: id)) else { throw APIError.pinNotFound }
        return try PinWire.sent(row, withMetrics: withMetrics)
    }

    private static func validatePinText(title: String?, description: String?, link: String?, altText: String?) throws {
        try Validate.length(title, field: "title", max: 100)
        try Validate.length(description, field: "description", max: 800)
        try Validate.length(altText, field: "alt_text", max: 500)
        try Validate.link(link)
    }
}
