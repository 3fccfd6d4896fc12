import Testing

@Suite struct NotFoundAndConflictTests {
    @Test(arguments: [
        ("GET", "/boards/1", 40), ("PATCH", "/boards/1", 40), ("DELETE", "/boards/1", 40),
        ("GET", "/boards/1/pins", 40), ("GET", "/boards/1/sections", 40),
        ("GET", "/pins/1", 50), ("PATCH", "/pins/1", 50), ("DELETE", "/pins/1", 50), ("POST", "/pins/1/save", 50),
        ("GET", "/boards/549755813001/sections/1/pins", 2031), ("PATCH", "/boards/549755813001/sections/1", 2031),
        ("DELETE", "/boards/549755813001/sections/1", 2031),
        ("POST", "/user_account/following/nobody_we_know", 30),
        ("DELETE", "/user_account/websites?website=never.example", 404),
    ])
    func unknownIdsAre404(_ method: String, _ path: String, _ code: Int) async throws {
        try await Sandbox.with { sandbox in
            let body: String? = method == "GET" || method == "DELETE" ? nil : #"{"name":"n","title":"t"}"#
            let reply = try await sandbox.call(method, path, json: body)
            #expect(reply.status == 404, "\(method) \(path)")
            #expect(reply.code == code, "\(method) \(path)")
        }
    }

    @Test func unknownPinsInBulkAnalyticsAre404() async throws {
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.get(
                "/pins/analytics?pin_ids=1&start_date=\(isoDay(-3))&end_date=\(isoDay(0))&metric_types=IMPRESSION")
            #expect(reply.status == 404)
        }
    }

    /// A duplicate name: 400 naming the field on create, the documented 409 "Board section conflict" on rename.
    @Test func aSectionNameThatExistsOnTheBoardIsRefused() async throws {
        try await Sandbox.with { sandbox in
            let board = try await sandbox.boardId(named: "Summer Recipes")
            let existing = try #require(try await sandbox.get("/boards/\(board)/sections").items.first)
            let name = try #require(existing["name"] as? String)
            let create = try await sandbox.call("POST", "/boards/\(board)/sections", json: #"{"name":"\#(name)"}"#)
            #expect(create.status == 400)
            #expect(create.message.contains("'name'") && create.message.contains(name))
            let fresh = try await sandbox.call("POST", "/boards/\(board)/sections", json: #"{"name":"Brunch"}"#)
            #expect(fresh.status == 201)
            let freshId = try #require(fresh.object["id"] as? String)
            let rename = try await sandbox.call(
                "PATCH", "/boards/\(board)/sections/\(freshId)", json: #"{"name":"\#(name)"}"#)
            #expect(rename.status == 409)
        }
    }

    @Test func unknownPathsAnswerTheErrorBody() async throws {
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.get("/no_such_thing")
            #expect(reply.status == 404)
            #expect(reply.code == 404)
        }
    }
}
