import Testing

@Suite struct SeedTests {
    @Test func everyPrivacyLevelIsPresent() async throws {
        try await Sandbox.with { sandbox in
            let boards = try await sandbox.all("/boards", pageSize: 250).items
            #expect(boards.count >= 6)
            #expect(Set(boards.compactMap { $0["privacy"] as? String }) == ["PUBLIC", "PROTECTED", "SECRET"])
        }
    }

    @Test func thereAreMoreThan150PinsAndABoardOfMoreThanTwoPages() async throws {
        try await Sandbox.with { sandbox in
            let pins = try await sandbox.all("/pins?include_protected_pins=true", pageSize: 250).items
            #expect(pins.count >= 150)
            let account = try await sandbox.get("/user_account").object
            #expect(account["pin_count"] as? Int == pins.count)
            let boards = try await sandbox.all("/boards", pageSize: 250).items
            #expect(boards.contains { ($0["pin_count"] as? Int ?? 0) > 50 })
        }
    }

    @Test func contentIsUnicodeAndIncludesAHostileTitle() async throws {
        try await Sandbox.with { sandbox in
            let pins = try await sandbox.all("/pins?include_protected_pins=true", pageSize: 250).items
            let titles = pins.compactMap { $0["title"] as? String }
            let scalars = titles.flatMap(\.unicodeScalars)
            #expect(scalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "CJK")
            #expect(scalars.contains { (0x0600...0x06FF).contains($0.value) }, "Arabic")
            #expect(scalars.contains { (0x0590...0x05FF).contains($0.value) }, "Hebrew")
            #expect(scalars.contains { $0.properties.isEmojiPresentation }, "emoji")
            #expect(titles.contains { $0.contains("\u{1B}[") && $0.contains("\u{07}") })
        }
    }

    @Test func pinsCarryLinksAltTextColoursAndSizedImages() async throws {
        try await Sandbox.with { sandbox in
            let pins = try await sandbox.all("/pins?include_protected_pins=true", pageSize: 250).items
            #expect(pins.contains { $0["link"] is String })
            #expect(pins.contains { $0["alt_text"] is String })
            #expect(pins.allSatisfy { ($0["dominant_color"] as? String)?.hasPrefix("#") == true })
            let image = try #require(pins.first { ($0["media"] as? [String: Any])?["media_type"] as? String == "image" })
            let sizes = try #require((image["media"] as? [String: Any])?["images"] as? [String: Any])
            #expect(Set(sizes.keys) == ["150x150", "400x300", "600x", "1200x", "originals"])
            let types = Set(pins.compactMap { $0["creative_type"] as? String })
            #expect(types.isSuperset(of: ["REGULAR", "VIDEO", "CAROUSEL"]))
        }
    }

    @Test func theAccountAndItsSocialGraphAreConsistent() async throws {
        try await Sandbox.with { sandbox in
            let account = try await sandbox.get("/user_account").object
            #expect(account["account_type"] as? String == "BUSINESS")
            #expect((account["about"] as? String)?.isEmpty == false)
            #expect((account["website_url"] as? String)?.hasPrefix("https://") == true)
            let followers = try await sandbox.all("/user_account/followers", pageSize: 7)
            #expect(followers.items.count == account["follower_count"] as? Int)
            #expect(followers.pages > 1)
            let following = try await sandbox.all("/user_account/following", pageSize: 250).items
            #expect(following.count == account["following_count"] as? Int)
            #expect(following.allSatisfy { $0["type"] as? String == "user" })
            let boards = try await sandbox.all("/boards", pageSize: 250).items
            #expect(boards.count == account["board_count"] as? Int)
            #expect(try await sandbox.all("/user_account/following/boards", pageSize: 250).items.count >= 2)
            #expect(try await sandbox.get("/user_account/websites").items.count >= 2)
            #expect((try await sandbox.get("/user_account/businesses").json as? [Any])?.isEmpty == false)
            #expect(try await sandbox.get("/user_account/websites/verification").object["verification_code"] is String)
        }
    }

    @Test func seedIsDeterministic() async throws {
        var runs: [[[String: Any]]] = []
        for _ in 0..<2 {
            try await Sandbox.with { runs.append(try await $0.all("/pins?include_protected_pins=true", pageSize: 250).items) }
        }
        let (first, second) = (runs[0], runs[1])
        #expect(first.map { $0["id"] as? String } == second.map { $0["id"] as? String })
        #expect(first.map { $0["title"] as? String } == second.map { $0["title"] as? String })
    }
}
