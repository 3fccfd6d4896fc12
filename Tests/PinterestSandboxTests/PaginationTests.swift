import Foundation
import Testing

@Suite struct PaginationTests {
    @Test func aLargeBoardTakesThreePagesOf25AndOneOf250() async throws {
        try await Sandbox.with { sandbox in
            let board = try await sandbox.boardId(named: "Summer Recipes")
            let small = try await sandbox.all("/boards/\(board)/pins", pageSize: 25)
            let large = try await sandbox.all("/boards/\(board)/pins", pageSize: 250)
            #expect(small.pages >= 3)
            #expect(large.pages == 1)
            let ids = small.items.compactMap { $0["id"] as? String }
            #expect(Set(ids).count == ids.count, "no pin repeats across pages")
            #expect(ids == large.items.compactMap { $0["id"] as? String })
        }
    }

    @Test func theLastPageHasANullBookmark() async throws {
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.get("/boards?page_size=250")
            #expect(reply.object.keys.contains("bookmark"))
            #expect(reply.object["bookmark"] is NSNull)
        }
    }

    @Test func malformedOrForeignBookmarksAreRefused() async throws {
        try await Sandbox.with { sandbox in
            let garbage = try await sandbox.get("/pins?bookmark=not-a-bookmark")
            #expect(garbage.status == 400)
            #expect(garbage.message.contains("bookmark"))
            let boardsBookmark = try #require(try await sandbox.get("/boards?page_size=1").object["bookmark"] as? String)
            let encoded = boardsBookmark.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            #expect(try await sandbox.get("/pins?bookmark=\(encoded)").status == 400)
            #expect(try await sandbox.get("/boards?page_size=1&bookmark=\(encoded)").status == 200)
        }
    }

    @Test(arguments: ["0", "251", "ten"])
    func pageSizeOutsideOneTo250IsRefused(_ size: String) async throws {
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.get("/boards?page_size=\(size)")
            #expect(reply.status == 400)
            #expect(reply.message.contains("page_size"))
        }
    }
}
