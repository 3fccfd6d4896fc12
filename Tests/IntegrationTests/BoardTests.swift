import Foundation
import PinterestAPI
import Testing

/// boards/list, get, create, update, delete and list_pins, end to end.
@Suite struct BoardTests {
    @Test func listReturnsTheSeededBoardsDecoded() async throws {
        try await Integration.run { world in
            let page = try await world.client.boardsList(pageSize: 250)
            #expect(page.bookmark == nil)
            #expect(page.items.map(\.name) == Demo.boards.map(\.name))
            #expect(page.items.map(\.pinCount) == Demo.boards.map(\.pins))
            #expect(page.items.map(\.privacy) == Demo.boards.map(\.privacy))
            for board in page.items {
                #expect(board.owner?.username == Demo.username)
                #expect(board.createdAt != nil && board.boardPinsModifiedAt != nil)
                #expect(board.media?.pinThumbnailUrls?.isEmpty == false)
            }
        }
    }

    @Test(arguments: [
        (BoardPrivacyFilter.secret, [BoardPrivacy.secret]),
        (.protected, [.protected]),
        (.publicAndSecret, [.public, .secret]),
        (.all, [.public, .protected, .secret]),
    ])
    func listFiltersByPrivacy(filter: BoardPrivacyFilter, privacies: [BoardPrivacy]) async throws {
        try await Integration.run { world in
            let boards = try await world.client.boardsListPages(privacy: filter).allItems()
            #expect(boards.map(\.name) == Demo.boards.filter { privacies.contains($0.privacy) }.map(\.name))
        }
    }

    @Test func getReturnsOneBoard() async throws {
        try await Integration.run { world in
            let listed = try await world.board(named: Demo.summerRecipes)
            let board = try await world.client.boardsGet(boardId: listed.id)
            #expect(board == listed)
            #expect(board.description == "Light dishes for long evenings ☀️")
            #expect(board.pinCount == 64)
        }
    }

    @Test func createGetUpdateGetDeleteGet() async throws {
        try await Integration.run { world in
            let client = world.client
            let created = try await client.boardsCreate(
                BoardCreate(name: "Weekend bakes 🥐", description: "Croissants", privacy: .secret))
            #expect(created.name == "Weekend bakes 🥐")
            #expect(created.privacy == .secret)
            #expect(created.pinCount == 0)
            #expect(try await client.boardsGet(boardId: created.id) == created)

            let updated = try await client.boardsUpdate(
                boardId: created.id, BoardUpdate(name: "Weekend bakes", privacy: .public))
            #expect(updated.name == "Weekend bakes")
            #expect(updated.privacy == .public)
            #expect(updated.description == "Croissants", "fields left out of an update are kept")
            #expect(try await client.boardsGet(boardId: created.id) == updated)
            #expect(try await client.boardsListPages().allItems().count == Demo.boards.count + 1)

            try await client.boardsDelete(boardId: created.id)
            let gone = try await expectPinterestError { try await client.boardsGet(boardId: created.id) }
            #expect(gone.status == 404)
            #expect(try await client.boardsListPages().allItems().map(\.name) == Demo.boards.map(\.name))
        }
    }

    @Test func listPinsReturnsTheBoardsPinsNewestFirst() async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.typography)
            let pins = try await world.client.boardsListPinsPages(boardId: board.id).allItems()
            #expect(pins.count == 12)
            #expect(pins.allSatisfy { $0.boardId == board.id && $0.boardOwner?.username == Demo.username })
            let dates = pins.compactMap(\.createdAt)
            #expect(dates.count == pins.count)
            #expect(dates == dates.sorted(by: >))
            #expect(pins.allSatisfy { $0.media?.imageSizes.isEmpty == false })
            #expect(pins.allSatisfy { $0.pinMetrics == nil }, "metrics only when asked for")
        }
    }

    @Test func listPinsFiltersByCreativeTypeAndAddsMetricsWhenAsked() async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.videoTutorials)
            let videos = try await world.client.boardsListPins(
                boardId: board.id, pageSize: 250, creativeTypes: [.video], pinMetrics: true)
            #expect(videos.items.count == 6)
            #expect(videos.items.allSatisfy { $0.creativeType == .video && $0.media?.mediaType == .video })
            #expect(videos.items.allSatisfy { $0.media?.videoUrl != nil && $0.media?.duration != nil })
            #expect(videos.items.allSatisfy { $0.pinMetrics != nil })
        }
    }
}
