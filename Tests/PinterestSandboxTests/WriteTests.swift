import Foundation
import Testing

@Suite struct WriteTests {
    static let imageSource = #""media_source":{"source_type":"image_url","url":"https://img.example/new.jpg"}"#

    @Test func boardLifecycleAnswers201_200_204AndCountsFollow() async throws {
        try await Sandbox.with { sandbox in
            let before = try await sandbox.get("/user_account").object["board_count"] as? Int
            let created = try await sandbox.call(
                "POST", "/boards", json: #"{"name":"Ceramics 🏺","description":"Glazes","privacy":"SECRET"}"#)
            #expect(created.status == 201)
            #expect(created.object["privacy"] as? String == "SECRET")
            #expect(created.object["pin_count"] as? Int == 0)
            let id = try #require(created.object["id"] as? String)
            #expect(try await sandbox.get("/user_account").object["board_count"] as? Int == before.map { $0 + 1 })

            let updated = try await sandbox.call("PATCH", "/boards/\(id)", json: #"{"name":"Pottery","description":null}"#)
            #expect(updated.status == 200)
            #expect(updated.object["name"] as? String == "Pottery")
            #expect(updated.object["description"] is NSNull)
            #expect(updated.object["privacy"] as? String == "SECRET", "fields left out stay as they were")

            let deleted = try await sandbox.call("DELETE", "/boards/\(id)")
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)
            #expect(try await sandbox.get("/boards/\(id)").status == 404)
            #expect(try await sandbox.get("/user_account").object["board_count"] as? Int == before)
        }
    }

    @Test func pinLifecycleMovesCountsAndKeepsEveryField() async throws {
        try await Sandbox.with { sandbox in
            let board = try await sandbox.boardId(named: "Garden")
            let section = try #require(try await sandbox.get("/boards/\(board)/sections").items.first?["id"] as? String)
            let pinsBefore = try await sandbox.get("/boards/\(board)").object["pin_count"] as? Int ?? -1
            let created = try await sandbox.call(
                "POST", "/pins",
                json: ##"{"board_id":"\##(board)","board_section_id":"\##(section)","title":"Moss wall 🌿","link":"https://moss.example/wall","alt_text":"A wall of moss","dominant_color":"#6E7874",\##(Self.imageSource)}"##)
            #expect(created.status == 201)
            let pin = created.object
            for key in ["id", "created_at", "link", "title", "description", "dominant_color", "alt_text", "board_id",
                "board_section_id", "board_owner", "media", "parent_pin_id", "creative_type", "is_owner", "is_standard",
                "has_been_promoted"]
            {
                #expect(pin.keys.contains(key), "missing \(key)")
            }
            #expect(pin["description"] is NSNull)
            let id = try #require(pin["id"] as? String)
            #expect(try await sandbox.get("/boards/\(board)").object["pin_count"] as? Int == pinsBefore + 1)
            let inSection = try await sandbox.all("/boards/\(board)/sections/\(section)/pins", pageSize: 250).items
            #expect(inSection.contains { $0["id"] as? String == id })

            let other = try await sandbox.boardId(named: "Typography")
            let moved = try await sandbox.call("PATCH", "/pins/\(id)", json: #"{"board_id":"\#(other)","title":"Moss"}"#)
            #expect(moved.status == 200)
            #expect(moved.object["board_id"] as? String == other)
            #expect(moved.object["board_section_id"] is NSNull)
            #expect(moved.object["link"] as? String == "https://moss.example/wall")
            #expect(try await sandbox.get("/boards/\(board)").object["pin_count"] as? Int == pinsBefore)

            let deleted = try await sandbox.call("DELETE", "/pins/\(id)")
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)
            #expect(try await sandbox.get("/pins/\(id)").status == 404)
        }
    }

    @Test func savingCopiesAPinToAnotherBoard() async throws {
        try await Sandbox.with { sandbox in
            let source = try #require(try await sandbox.get("/pins?page_size=1").items.first)
            let sourceId = try #require(source["id"] as? String)
            let target = try await sandbox.boardId(named: "Gift ideas")
            let saved = try await sandbox.call("POST", "/pins/\(sourceId)/save", json: #"{"board_id":"\#(target)"}"#)
            #expect(saved.status == 201)
            #expect(saved.object["parent_pin_id"] as? String == sourceId)
            #expect(saved.object["board_id"] as? String == target)
            #expect(saved.object["title"] as? String == source["title"] as? String)
            #expect(saved.object["id"] as? String != sourceId)
            let targetPins = try await sandbox.all("/boards/\(target)/pins", pageSize: 250).items
            #expect(targetPins.contains { $0["id"] as? String == saved.object["id"] as? String })
        }
    }

    @Test func deletingASectionDeletesItsPins() async throws {
        try await Sandbox.with { sandbox in
            let board = try await sandbox.boardId(named: "Summer Recipes")
            let section = try #require(try await sandbox.get("/boards/\(board)/sections").items.first?["id"] as? String)
            let before = try await sandbox.get("/boards/\(board)").object["pin_count"] as? Int ?? 0
            let inSection = try await sandbox.all("/boards/\(board)/sections/\(section)/pins", pageSize: 250).items.count
            #expect(inSection > 0)
            let deleted = try await sandbox.call("DELETE", "/boards/\(board)/sections/\(section)")
            #expect(deleted.status == 204)
            #expect(deleted.body.isEmpty)
            #expect(try await sandbox.get("/boards/\(board)").object["pin_count"] as? Int == before - inSection)
        }
    }

    @Test func followingAUserAddsToFollowing() async throws {
        try await Sandbox.with { sandbox in
            let before = try await sandbox.get("/user_account").object["following_count"] as? Int ?? 0
            let followed = try await sandbox.call("POST", "/user_account/following/mika_bakes", json: #"{"auto_follow":false}"#)
            #expect(followed.status == 200)
            #expect(followed.object["username"] as? String == "mika_bakes")
            #expect(followed.object["type"] as? String == "user")
            let following = try await sandbox.all("/user_account/following", pageSize: 250).items
            #expect(following.contains { $0["username"] as? String == "mika_bakes" })
            #expect(try await sandbox.get("/user_account").object["following_count"] as? Int == before + 1)
        }
    }

    @Test func verifyingAndUnverifyingWebsites() async throws {
        try await Sandbox.with { sandbox in
            let verified = try await sandbox.call(
                "POST", "/user_account/websites", json: #"{"website":"blog.tack.example","verification_method":"DNSTXT"}"#)
            #expect(verified.status == 200)
            #expect(verified.object["status"] as? String == "success")
            #expect(verified.object["verified_at"] is String)
            #expect(try await sandbox.get("/user_account/websites").items.contains { $0["website"] as? String == "blog.tack.example" })
            let removed = try await sandbox.call("DELETE", "/user_account/websites?website=blog.tack.example")
            #expect(removed.status == 204)
            #expect(removed.body.isEmpty)
            #expect(!(try await sandbox.get("/user_account/websites").items.contains { $0["website"] as? String == "blog.tack.example" }))
        }
    }
}
