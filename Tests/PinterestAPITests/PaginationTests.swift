import Foundation
import PinterestAPI
import Testing

struct PaginationTests {
    private func page(_ ids: [String], bookmark: String?) -> ScriptedTransport.Step {
        let items = ids.map { #"{"id": "\#($0)", "name": "Board \#($0)"}"# }.joined(separator: ",")
        let mark = bookmark.map { #""\#($0)""# } ?? "null"
        return .respond(.json(#"{"items": [\#(items)], "bookmark": \#(mark)}"#))
    }

    private func bookmarks(_ transport: ScriptedTransport) async -> [String?] {
        await transport.requests.map { request in
            URLComponents(url: request.url, resolvingAgainstBaseURL: false)?
                .queryItems?.first { $0.name == "bookmark" }?.value
        }
    }

    @Test func followsBookmarksToANullBookmark() async throws {
        let transport = ScriptedTransport([page(["1", "2"], bookmark: "b1"), page(["3"], bookmark: "b2"), page(["4"], bookmark: nil)])
        let boards = try await TestClient.make(transport).boardsListPages(privacy: .secret).allItems()
        #expect(boards.map(\.id) == ["1", "2", "3", "4"])
        #expect(await bookmarks(transport) == [nil, "b1", "b2"])
        let queries = await transport.requests.map { $0.url.query ?? "" }
        #expect(queries.allSatisfy { $0.contains("privacy=SECRET") && $0.contains("page_size=250") })
    }

    @Test func stopsAtAnEmptyPageEvenWithABookmark() async throws {
        let transport = ScriptedTransport([page(["1"], bookmark: "b1"), page([], bookmark: "b2"), page(["never"], bookmark: nil)])
        var pages: [Page<Board>] = []
        for try await page in TestClient.make(transport).boardsListPages() { pages.append(page) }
        #expect(pages.map { $0.items.map(\.id) } == [["1"]])
        #expect(await transport.requestCount == 2)
    }

    @Test func refusesARepeatedBookmark() async throws {
        let transport = ScriptedTransport([page(["1"], bookmark: "b1"), page(["2"], bookmark: "b2"), page(["3"], bookmark: "b1")])
        let error = await #expect(throws: PinterestError.self) {
            _ = try await TestClient.make(transport).boardsListPages().allItems()
        }
        #expect(error?.kind == .repeatedBookmark)
        // The bookmark is the server's text: it is not repeated to the user.
        #expect(error?.userMessage == "boards/list returned a page bookmark a second time (stopped to avoid looping)")
        #expect(await transport.requestCount == 3)
    }

    @Test func errorsEndTheSequence() async throws {
        let transport = ScriptedTransport([page(["1"], bookmark: "b1"), .respond(.error(403, code: 403, message: "Not authorized"))])
        var iterator = TestClient.make(transport).boardsListPages().makeAsyncIterator()
        #expect(try await iterator.next()?.items.count == 1)
        await #expect(throws: PinterestError.self) { _ = try await iterator.next() }
    }

    @Test func everyListOperationPaginates() async throws {
        let transport = ScriptedTransport([.respond(.json(#"{"items": [], "bookmark": null}"#))])
        let client = TestClient.make(transport)
        _ = try await client.boardsListPinsPages(boardId: "1").allItems()
        _ = try await client.boardSectionsListPages(boardId: "1").allItems()
        _ = try await client.boardSectionsListPinsPages(boardId: "1", sectionId: "2").allItems()
        _ = try await client.pinsListPages().allItems()
        _ = try await client.followersListPages().allItems()
        _ = try await client.userFollowingGetPages().allItems()
        _ = try await client.boardsUserFollowsListPages().allItems()
        _ = try await client.userWebsitesGetPages().allItems()
        let paths = await transport.requests.map(\.url.path)
        #expect(paths == [
            "/v5/boards/1/pins", "/v5/boards/1/sections", "/v5/boards/1/sections/2/pins", "/v5/pins",
            "/v5/user_account/followers", "/v5/user_account/following", "/v5/user_account/following/boards",
            "/v5/user_account/websites",
        ])
    }
}
