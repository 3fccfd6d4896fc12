import PinterestAPI
import PinterestSandbox
import Testing

/// Pagination to the end: the AsyncSequence pages and the list methods' bookmarks, against the sandbox.
@Suite struct PaginationTests {
    @Test(arguments: [25, 250])
    func boardPinsPageToTheEnd(pageSize: Int) async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.summerRecipes)
            let pinCount = try #require(board.pinCount)
            #expect(pinCount > 50)
            var pages: [Page<Pin>] = []
            for try await page in world.client.boardsListPinsPages(boardId: board.id, pageSize: pageSize) {
                pages.append(page)
            }
            let pins = pages.flatMap(\.items)
            #expect(pins.count == pinCount)
            #expect(Set(pins.map(\.id)).count == pins.count, "no pin appears twice")
            #expect(pages.count == (pinCount + pageSize - 1) / pageSize)
            #expect(pages.dropLast().allSatisfy { $0.items.count == pageSize && $0.bookmark != nil })
            #expect(pages.last?.bookmark == nil)
            #expect(await world.requests(.boardsListPins) == pages.count, "one request per page, none after the last")
        }
    }

    @Test func aRateLimitBetweenPagesIsWaitedOutAndPagingContinues() async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.summerRecipes)
            var pages = world.client.boardsListPinsPages(boardId: board.id, pageSize: 25).makeAsyncIterator()
            var pins = try #require(try await pages.next()).items
            await world.server.setFaults(FaultConfiguration(rateLimitBurst: 1, rateLimitResetSeconds: 0))
            while let page = try await pages.next() { pins += page.items }
            #expect(pins.count == board.pinCount)
            #expect(Set(pins.map(\.id)).count == pins.count)
            #expect(await world.waits.recorded == [.zero])
            #expect(await world.requests(.boardsListPins) == 4, "three pages and the rate-limited attempt")
        }
    }

    @Test func everyListMethodsBookmarksLeadThroughTheWholeList() async throws {
        try await Integration.run { world in
            let client = world.client
            let board = try await world.board(named: Demo.summerRecipes)
            let section = try await world.section(named: "Salads 🥗", boardId: board.id)
            try await expectBookmarksMatchSequence(
                { try await client.boardsList(bookmark: $0, pageSize: 3) }, client.boardsListPages(), id: \.id)
            try await expectBookmarksMatchSequence(
                { try await client.boardsListPins(boardId: board.id, bookmark: $0, pageSize: 7) },
                client.boardsListPinsPages(boardId: board.id), id: \.id)
            try await expectBookmarksMatchSequence(
                { try await client.boardSectionsList(boardId: board.id, bookmark: $0, pageSize: 2) },
                client.boardSectionsListPages(boardId: board.id), id: \.id)
            try await expectBookmarksMatchSequence(
                { try await client.boardSectionsListPins(boardId: board.id, sectionId: section.id, bookmark: $0, pageSize: 5) },
                client.boardSectionsListPinsPages(boardId: board.id, sectionId: section.id), id: \.id)
            try await expectBookmarksMatchSequence(
                { try await client.pinsList(bookmark: $0, pageSize: 40, creativeTypes: [.regular]) },
                client.pinsListPages(creativeTypes: [.regular]), id: \.id)
            try await expectBookmarksMatchSequence(
                { try await client.followersList(bookmark: $0, pageSize: 60) }, client.followersListPages(), id: \.username)
            try await expectBookmarksMatchSequence(
                { try await client.userFollowingGet(bookmark: $0, pageSize: 4) }, client.userFollowingGetPages(),
                id: \.username)
            try await expectBookmarksMatchSequence(
                { try await client.boardsUserFollowsList(bookmark: $0, pageSize: 3) }, client.boardsUserFollowsListPages(),
                id: \.id)
            try await expectBookmarksMatchSequence(
                { try await client.userWebsitesGet(bookmark: $0, pageSize: 1) }, client.userWebsitesGetPages(),
                id: \.website)
        }
    }

    /// Walks a list by hand in small pages and checks it holds the same items, in the same order,
    /// as the AsyncSequence at the largest page size, with a bookmark on every page but the last.
    private func expectBookmarksMatchSequence<Item, ID: Hashable>(
        _ fetch: (String?) async throws -> Page<Item>, _ sequence: PageSequence<Item>, id: (Item) -> ID?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let pages = try await pagesByBookmark(fetch)
        let walked = pages.flatMap(\.items).map(id)
        let whole = try await sequence.allItems().map(id)
        #expect(pages.count > 1, "the page size splits the list", sourceLocation: sourceLocation)
        #expect(pages.dropLast().allSatisfy { $0.bookmark != nil }, sourceLocation: sourceLocation)
        #expect(walked == whole, sourceLocation: sourceLocation)
        #expect(Set(walked.compactMap { $0 }).count == walked.count, "no duplicates", sourceLocation: sourceLocation)
    }
}
