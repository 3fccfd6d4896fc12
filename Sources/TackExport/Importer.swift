import Foundation
import PinterestAPI

/// `tack import`: recreates an export's boards, sections and pins in the client's account. Each pin is
/// saved from the original where the export came from the same API (the original can be saved), else
/// made from its image URL. Idempotent: what a run makes is kept in a mapping file in the export, and
/// boards and sections already in the target are matched by name, so a second run makes nothing.
public struct Importer: Sendable {
    private let client: PinterestClient
    private let directory: URL
    private let concurrency: Int
    /// Only these exported boards (all when nil).
    private let boardIds: Set<String>?

    public init(client: PinterestClient, directory: URL, concurrency: Int = 8, boardIds: Set<String>? = nil) {
        self.client = client
        self.directory = directory
        self.concurrency = max(1, concurrency)
        self.boardIds = boardIds
    }

    public func run() async throws -> ImportSummary {
        let reader = try ExportReader(directory: directory)
        let tally = ImportTally()
        let request = GatedRequests(gate: RequestGate(maximum: concurrency), sent: { await tally.update { $0.requests += 1 } })
        let account = try await request { try await client.userAccountGet() }
        let mapping = try ImportMapping(file: reader.layout.directory.appendingPathComponent("imports", isDirectory: true)
            .appendingPathComponent(ImportMapping.fileName(username: account.username ?? "account", apiRoot: client.configuration.baseURL)))
        let existing = try await allPages { bookmark in
            try await request { try await client.boardsList(bookmark: bookmark, pageSize: PinterestClient.maximumPageSize) }
        }
        let existingIds = Set(existing.map(\.id))
        var existingByName: [String: String] = [:]
        for board in existing where existingByName[board.name] == nil { existingByName[board.name] = board.id }

        // Boards one after another, in the export's order, so the target lists them in the same order.
        var targets: [(board: ExportedBoard, id: String, isNew: Bool)] = []
        for board in try reader.boards() where boardIds?.contains(board.id) ?? true {
            if let id = await mapping.new(.board, for: board.id), existingIds.contains(id) {
                await tally.update { $0.boards.alreadyThere += 1 }
                targets.append((board, id, false))
            } else if let id = existingByName[board.name] {
                try await mapping.record(.board, old: board.id, new: id)
                await tally.update { $0.boards.matched += 1 }
                targets.append((board, id, false))
            } else {
                do {
                    let made = try await request {
                        try await client.boardsCreate(BoardCreate(name: board.name, description: board.description, privacy: board.privacy))
                    }
                    try await mapping.record(.board, old: board.id, new: made.id)
                    await tally.update { $0.boards.created += 1 }
                    targets.append((board, made.id, true))
                } catch let error as PinterestError {
                    await tally.update {
                        $0.failures.append(.init(item: "board “\(board.name)” (\(board.id))", reason: "\(error.userMessage); its sections and pins were not copied"))
                    }
                }
            }
        }

        let copier = BoardContentCopier(
            client: client, reader: reader, mapping: mapping, tally: tally, request: request,
            canSaveOriginals: reader.manifest.apiRoot == client.configuration.baseURL.absoluteString)
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = targets.makeIterator()
            var running = 0
            while running < concurrency, let target = next.next() {
                running += 1
                group.addTask { try await copier.copy(target.board, into: target.id, isNew: target.isNew) }
            }
            while try await group.next() != nil {
                running -= 1
                if let target = next.next() {
                    running += 1
                    group.addTask { try await copier.copy(target.board, into: target.id, isNew: target.isNew) }
                }
            }
        }
        return await tally.summary
    }
}

/// Follows a list's bookmarks to its end.
func allPages<Item>(_ fetch: (String?) async throws -> Page<Item>) async throws -> [Item] {
    var items: [Item] = []
    var bookmark: String?
    repeat {
        let page = try await fetch(bookmark)
        items += page.items
        bookmark = page.bookmark
    } while bookmark != nil
    return items
}

/// Copies one board's sections, then its pins, oldest first (the API lists newest first, so the copy
/// lists them in the same order).
struct BoardContentCopier: Sendable {
    let client: PinterestClient
    let reader: ExportReader
    let mapping: ImportMapping
    let tally: ImportTally
    let request: GatedRequests
    let canSaveOriginals: Bool

    /// `isNew`: made by this run, so nothing of it is in the target yet, whatever the mapping says.
    func copy(_ board: ExportedBoard, into boardId: String, isNew: Bool) async throws {
        let sections = try await copySections(of: board, into: boardId, isNew: isNew)
        var existing: ExistingPins?
        for pin in try reader.pins(ofBoard: board.id).reversed() {
            if !isNew, await mapping.new(.pin, for: pin.id) != nil {
                await tally.update { $0.pins.alreadyThere += 1 }
                continue
            }
            if !isNew {
                if existing == nil { existing = try await ExistingPins(board: boardId, client: client, request: request) }
                if let id = existing?.match(pin) {
                    try await mapping.record(.pin, old: pin.id, new: id)
                    await tally.update { $0.pins.matched += 1 }
                    continue
                }
            }
            let item = "pin \(pin.id)\(pin.title.map { " “\($0)”" } ?? "") on “\(board.name)”"
            let sectionId = pin.boardSectionId.flatMap { sections[$0] }
            do {
                try await copy(pin, boardId: boardId, sectionId: sectionId, item: item)
            } catch let error as PinterestError {
                await tally.update { $0.failures.append(.init(item: item, reason: error.userMessage)) }
            }
        }
    }

    /// Old section id → new section id.
    private func copySections(of board: ExportedBoard, into boardId: String, isNew: Bool) async throws -> [String: String] {
        let exported = try reader.sections(ofBoard: board.id)
        guard !exported.isEmpty else { return [:] }
        var existingByName: [String: String] = [:]
        var existingIds: Set<String> = []
        if !isNew {
            let existing = try await allPages { bookmark in
                try await request {
                    try await client.boardSectionsList(boardId: boardId, bookmark: bookmark, pageSize: PinterestClient.maximumPageSize)
                }
            }
            existingIds = Set(existing.map(\.id))
            for section in existing where existingByName[section.name] == nil { existingByName[section.name] = section.id }
        }
        var ids: [String: String] = [:]
        for section in exported {
            if !isNew, let id = await mapping.new(.section, for: section.id), existingIds.contains(id) {
                ids[section.id] = id
                await tally.update { $0.sections.alreadyThere += 1 }
            } else if let id = existingByName[section.name] {
                ids[section.id] = id
                try await mapping.record(.section, old: section.id, new: id)
                await tally.update { $0.sections.matched += 1 }
            } else {
                do {
                    let made = try await request {
                        try await client.boardSectionsCreate(boardId: boardId, BoardSectionCreate(name: section.name))
                    }
                    ids[section.id] = made.id
                    try await mapping.record(.section, old: section.id, new: made.id)
                    await tally.update { $0.sections.created += 1 }
                } catch let error as PinterestError {
                    await tally.update {
                        $0.failures.append(.init(
                            item: "section “\(section.name)” of “\(board.name)”",
                            reason: "\(error.userMessage); its pins go to the board itself"))
                    }
                }
            }
        }
        return ids
    }

    private func copy(_ pin: ExportedPin, boardId: String, sectionId: String?, item: String) async throws {
        if canSaveOriginals {
            do {
                let saved = try await request {
                    try await client.pinsSave(pinId: pin.id, PinSave(boardId: boardId, boardSectionId: sectionId))
                }
                try await mapping.record(.pin, old: pin.id, new: saved.id)
                await tally.update {
                    $0.pins.created += 1
                    $0.pinsSaved += 1
                }
                return
            } catch let error as PinterestError where [403, 404].contains(error.status) {
                // Not visible to this account (or gone): made from its image instead.
            }
        }
        guard let (create, note) = PinRecreation.create(pin, boardId: boardId, sectionId: sectionId) else {
            await tally.update { $0.failures.append(.init(item: item, reason: "it has no image to make it from, and the original could not be saved")) }
            return
        }
        let made = try await request { try await client.pinsCreate(create) }
        try await mapping.record(.pin, old: pin.id, new: made.id)
        await tally.update {
            $0.pins.created += 1
            if let note { $0.notes.append(.init(item: item, reason: note)) }
        }
    }
}

/// The pins of a board that was there before the import, to tell which exported pins it holds already: the
/// pin itself (an import into the account it came from), a pin saved from it, or one with the same text.
struct ExistingPins {
    private var ids: [String: String] = [:]
    private var parents: [String: String] = [:]
    private var texts: [String: String] = [:]

    init(board: String, client: PinterestClient, request: GatedRequests) async throws {
        let pins = try await allPages { bookmark in
            try await request { try await client.boardsListPins(boardId: board, bookmark: bookmark, pageSize: PinterestClient.maximumPageSize) }
        }
        for pin in pins {
            ids[pin.id] = pin.id
            if let parent = pin.parentPinId { parents[parent] = pin.id }
            texts[Self.text(title: pin.title, description: pin.description, link: pin.link)] = pin.id
        }
    }

    func match(_ pin: ExportedPin) -> String? {
        ids[pin.id] ?? parents[pin.id] ?? texts[Self.text(title: pin.title, description: pin.description, link: pin.link)]
    }

    private static func text(title: String?, description: String?, link: String?) -> String {
        [title ?? "", description ?? "", link ?? ""].joined(separator: "\u{1F}")
    }
}

/// How a pin is made again from what its export holds.
enum PinRecreation {
    /// The pins/create body, and a note when the copy differs from the original; nil without an image.
    static func create(_ pin: ExportedPin, boardId: String, sectionId: String?) -> (PinCreate, note: String?)? {
        let slots = pin.carouselImages
        let source: PinMediaSource
        var note: String?
        if (2...5).contains(slots.count) {
            source = .multipleImageURLs(.init(items: slots.map {
                .init(url: $0.url, title: $0.title, description: $0.description, link: $0.link)
            }))
        } else if let image = pin.largestImage {
            source = .imageURL(.init(url: image.url))
            if pin.isVideo { note = "a video, made from its cover image (a video cannot be made from a URL)" }
        } else {
            return nil
        }
        let create = PinCreate(
            boardId: boardId, boardSectionId: sectionId, title: pin.title, description: pin.description,
            link: pin.link, altText: pin.altText, dominantColor: pin.dominantColor, mediaSource: source)
        return (create, note)
    }
}
