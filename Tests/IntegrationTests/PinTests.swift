import PinterestAPI
import Testing

/// pins/list, get, create, update, delete and save, end to end.
@Suite struct PinTests {
    @Test func getReturnsTheOldestTypographyPinWithItsUntrustedTitleIntact() async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.typography)
            let listed = try #require(try await world.client.boardsListPinsPages(boardId: board.id).allItems().last)
            let pin = try await world.client.pinsGet(pinId: listed.id)
            #expect(pin == listed)
            #expect(pin.title?.contains("\u{1B}[31m") == true, "the client hands titles over as sent; views sanitise")
            #expect(pin.title?.contains("\u{202E}") == true)
            let withMetrics = try await world.client.pinsGet(pinId: listed.id, pinMetrics: true)
            #expect(withMetrics.pinMetrics?["lifetime_metrics"]?["impression"] != nil)
        }
    }

    @Test func listReturnsTheAccountsPinsAcrossBoards() async throws {
        try await Integration.run { world in
            let client = world.client
            let visible = try await client.pinsListPages().allItems()
            let protectedPins = Demo.boards.filter { $0.privacy == .protected }.map(\.pins).reduce(0, +)
            #expect(visible.count == Demo.pinCount - protectedPins)
            let everything = try await client.pinsListPages(includeProtectedPins: true).allItems()
            #expect(everything.count == Demo.pinCount)
            #expect(Set(everything.map(\.id)).count == everything.count)
        }
    }

    @Test func listFiltersAreApplied() async throws {
        try await Integration.run { world in
            let client = world.client
            let repins = try await client.pinsListPages(pinFilter: .excludeNative).allItems()
            let originals = try await client.pinsListPages(pinFilter: .excludeRepins).allItems()
            #expect(!repins.isEmpty && repins.allSatisfy { $0.parentPinId != nil })
            #expect(!originals.isEmpty && originals.allSatisfy { $0.parentPinId == nil })
            #expect(repins.count + originals.count == (try await client.pinsListPages().allItems()).count)

            let promoted = try await client.pinsListPages(pinFilter: .hasBeenPromoted).allItems()
            #expect(!promoted.isEmpty && promoted.allSatisfy { $0.hasBeenPromoted == true })

            let secretBoards = Demo.boards.filter { $0.privacy == .secret }
            let privatePins = try await client.pinsListPages(pinType: .private).allItems()
            #expect(privatePins.count == secretBoards.map(\.pins).reduce(0, +))

            let carousels = try await client.pinsListPages(creativeTypes: [.carousel]).allItems()
            #expect(!carousels.isEmpty && carousels.allSatisfy { $0.creativeType == .carousel })
            #expect(carousels.allSatisfy { ($0.media?.items?.count ?? 0) > 1 })
        }
    }

    @Test func createGetUpdateGetDeleteGet() async throws {
        try await Integration.run { world in
            let client = world.client
            let board = try await world.board(named: "Garden ideas 🌱")
            let section = try await world.section(named: "Vegetables", boardId: board.id)
            let created = try await client.pinsCreate(
                PinCreate(
                    boardId: board.id, title: "Pea shoots 🌱", description: "Ten days from seed",
                    link: "https://example.com/pea-shoots", altText: "A tray of pea shoots", dominantColor: "#8FB339",
                    mediaSource: .imageURL(.init(url: "https://example.com/pea-shoots.jpg"))))
            #expect(created.title == "Pea shoots 🌱")
            #expect(created.boardId == board.id && created.boardSectionId == nil)
            #expect(created.creativeType == .regular)
            #expect(created.media?.imageSizes.isEmpty == false)
            #expect(created.createdAt != nil)
            #expect(try await client.pinsGet(pinId: created.id) == created)
            #expect(try await client.boardsGet(boardId: board.id).pinCount == 31)

            let updated = try await client.pinsUpdate(
                pinId: created.id, PinUpdate(title: "Pea shoots", boardSectionId: section.id))
            #expect(updated.title == "Pea shoots")
            #expect(updated.description == "Ten days from seed", "fields left out of an update are kept")
            #expect(updated.boardSectionId == section.id)
            #expect(try await client.pinsGet(pinId: created.id) == updated)
            let sectionPins = try await client.boardSectionsListPinsPages(boardId: board.id, sectionId: section.id)
                .allItems()
            #expect(sectionPins.contains(updated))

            try await client.pinsDelete(pinId: created.id)
            let gone = try await expectPinterestError { try await client.pinsGet(pinId: created.id) }
            #expect(gone.status == 404)
            #expect(try await client.boardsGet(boardId: board.id).pinCount == 30)
        }
    }

    @Test(arguments: [
        (
            PinMediaSource.multipleImageURLs(
                .init(items: [.init(url: "https://example.com/1.jpg"), .init(url: "https://example.com/2.jpg")])),
            CreativeType.carousel
        ),
        (.imageBase64(.init(contentType: .png, data: "iVBORw0KGgo=")), .regular),
        (.videoID(.init(mediaId: "12345", coverImageUrl: "https://example.com/cover.jpg")), .video),
    ])
    func createAcceptsEachMediaSource(source: PinMediaSource, creativeType: CreativeType) async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.videoTutorials)
            let pin = try await world.client.pinsCreate(PinCreate(boardId: board.id, title: "New", mediaSource: source))
            #expect(pin.creativeType == creativeType)
            #expect(pin.media?.imageSizes.isEmpty == false)
            #expect(try await world.client.pinsGet(pinId: pin.id) == pin)
        }
    }

    @Test func moveToAnotherBoardLeavesTheOldBoard() async throws {
        try await Integration.run { world in
            let client = world.client
            let pin = try await world.newestPin(ofBoardNamed: "Gift ideas 🎁")
            let target = try await world.board(named: Demo.typography)
            let moved = try await client.pinsUpdate(pinId: pin.id, PinUpdate(boardId: target.id))
            #expect(moved.boardId == target.id && moved.boardSectionId == nil)
            #expect(try await world.board(named: "Gift ideas 🎁").pinCount == 7)
            #expect(try await client.boardsGet(boardId: target.id).pinCount == 13)
        }
    }

    @Test func saveCopiesThePinToABoardSection() async throws {
        try await Integration.run { world in
            let client = world.client
            let original = try await world.newestPin(ofBoardNamed: Demo.typography)
            let target = try await world.board(named: Demo.summerRecipes)
            let section = try await world.section(named: "Drinks 🍹", boardId: target.id)
            let saved = try await client.pinsSave(pinId: original.id, PinSave(boardId: target.id, boardSectionId: section.id))
            #expect(saved.id != original.id)
            #expect(saved.parentPinId == original.id)
            #expect(saved.boardId == target.id && saved.boardSectionId == section.id)
            #expect(saved.title == original.title)
            #expect(try await client.pinsGet(pinId: saved.id) == saved)
            #expect(try await client.boardsGet(boardId: target.id).pinCount == 65)
            #expect(try await client.pinsGet(pinId: original.id) == original, "the original stays")
        }
    }
}
