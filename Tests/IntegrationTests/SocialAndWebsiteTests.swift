import PinterestAPI
import Testing

/// Followers, following (users and boards), following a user, and the account's websites, end to end.
@Suite struct SocialAndWebsiteTests {
    @Test func followersAndFollowingAreTheSeededPeopleInOrder() async throws {
        try await Integration.run { world in
            let followers = try await world.client.followersListPages().allItems()
            #expect(followers.map(\.username).starts(with: Demo.firstFollowers))
            #expect(followers.count == Demo.followerCount)
            #expect(Set(followers.map(\.username)).count == followers.count, "no one is listed twice")
            #expect(followers.allSatisfy { $0.type == "user" })
            let following = try await world.client.userFollowingGetPages(feedType: .all, explicitFollowing: true)
                .allItems()
            #expect(following.map(\.username).starts(with: Demo.firstFollowing))
            #expect(following.count == Demo.followingCount)
        }
    }

    @Test func followedBoardsBelongToOtherUsers() async throws {
        try await Integration.run { world in
            let boards = try await world.client.boardsUserFollowsListPages(explicitFollowing: true).allItems()
            #expect(boards.map(\.name) == Demo.followedBoards.map(\.name))
            #expect(boards.map(\.owner?.username) == Demo.followedBoards.map(\.owner))
            #expect(boards.map(\.pinCount) == Demo.followedBoards.map(\.pins))
            let own = try await world.client.boardsListPages().allItems()
            #expect(Set(own.map(\.id)).isDisjoint(with: boards.map(\.id)))
        }
    }

    @Test func followingAUserAddsThemToFollowing() async throws {
        try await Integration.run { world in
            let client = world.client
            let followed = try await client.followUserUpdate(username: "mika_bakes")
            #expect(followed.username == "mika_bakes")
            let following = try await client.userFollowingGetPages().allItems().map(\.username)
            #expect(following.count == Demo.followingCount + 1)
            #expect(following.last == "mika_bakes", "a new follow is listed last")
            #expect(try await client.userAccountGet().followingCount == Demo.followingCount + 1)

            _ = try await client.followUserUpdate(username: "mika_bakes", FollowUserRequest(autoFollow: false))
            let again = try await client.userFollowingGetPages().allItems()
            #expect(again.count == Demo.followingCount + 1, "following twice is harmless")
        }
    }

    /// Pinterest's usernames are case-insensitive: the follow answers, and Following lists, the name as it is spelt.
    @Test func followingIgnoresTheCaseOfTheUsername() async throws {
        try await Integration.run { world in
            let client = world.client
            let followed = try await client.followUserUpdate(username: "Tack_Studio_Shop")
            #expect(followed.username == "tack_studio_shop", "a linked business, not followed yet")
            _ = try await client.followUserUpdate(username: "TACK_STUDIO_SHOP")
            let following = try await client.userFollowingGetPages().allItems().compactMap(\.username)
            #expect(following.filter { $0.lowercased() == "tack_studio_shop" } == ["tack_studio_shop"])
            #expect(following.count == Demo.followingCount + 1)
        }
    }

    @Test func followingSomeoneUnknownOrOneselfIs404AndChangesNothing() async throws {
        try await Integration.run { world in
            let client = world.client
            for username in ["nobody_at_all", Demo.username, Demo.username.uppercased()] {
                let error = try await expectPinterestError { try await client.followUserUpdate(username: username) }
                #expect(error.status == 404 && error.code == 30, "\(username): \(error)")
            }
            #expect(try await client.userFollowingGetPages().allItems().count == Demo.followingCount)
            #expect(try await client.userAccountGet().followingCount == Demo.followingCount)
        }
    }

    @Test(arguments: [
        "https://blog.tack.example.com", "http://blog.tack.example.com/recipes", "blog tack.example.com", "localhost",
        "blog.tack.example.com/?page=1", "blog.tack.example.com/#top", ".tack.example.com", "blog..example.com",
        "-blog.example.com", "blog.tack.example.com/a b",
    ])
    func verifyingSomethingThatIsNotADomainAndPathIs400AndChangesNothing(website: String) async throws {
        try await Integration.run { world in
            let error = try await expectPinterestError {
                try await world.client.verifyWebsiteUpdate(UserWebsiteVerifyRequest(website: website, verificationMethod: .dnsTXT))
            }
            #expect(error.status == 400 && error.message.contains("'website'"), "\(website): \(error)")
            #expect(error.message.contains("like example.com/shop"), "says what to give: \(error.message)")
            let listed = try await world.client.userWebsitesGetPages().allItems()
            #expect(listed.map(\.website) == Demo.websites.map(\.website))
        }
    }

    @Test func unverifyingAVerifiedWebsiteRemovesItUntilItIsVerifiedAgain() async throws {
        try await Integration.run { world in
            let client = world.client
            try await client.unverifyWebsiteDelete(website: "tack.example.com")
            let remaining = try await client.userWebsitesGetPages().allItems()
            #expect(remaining.map(\.website) == ["shop.tack.example.com", "tack-demo.invalid"])
            let again = try await expectPinterestError { try await client.unverifyWebsiteDelete(website: "tack.example.com") }
            #expect(again.status == 404)

            let verified = try await client.verifyWebsiteUpdate(UserWebsiteVerifyRequest(website: "tack.example.com"))
            let listed = try await client.userWebsitesGetPages().allItems()
            #expect(listed.first { $0.website == "tack.example.com" } == verified)
            #expect(verified.status == "success" && verified.verifiedAt != nil)
        }
    }

    @Test func websitesAreListedWithTheirStatus() async throws {
        try await Integration.run { world in
            let websites = try await world.client.userWebsitesGetPages().allItems()
            #expect(websites.map(\.website) == Demo.websites.map(\.website))
            #expect(websites.map(\.status) == Demo.websites.map(\.status))
            #expect(websites.map { $0.verifiedAt != nil } == [false, false, true], "verified_at is missing until verified")
        }
    }

    @Test func verifyThenUnverifyAWebsite() async throws {
        try await Integration.run { world in
            let client = world.client
            let verified = try await client.verifyWebsiteUpdate(
                UserWebsiteVerifyRequest(website: "blog.tack.example.com", verificationMethod: .metatag))
            #expect(verified.website == "blog.tack.example.com")
            #expect(verified.status == "success")
            #expect(verified.verifiedAt != nil)
            let listed = try await client.userWebsitesGetPages().allItems()
            #expect(listed.contains(verified))

            try await client.unverifyWebsiteDelete(website: "blog.tack.example.com")
            #expect(try await client.userWebsitesGetPages().allItems().map(\.website) == Demo.websites.map(\.website))
        }
    }

    @Test func verifyingAPendingWebsiteMakesItVerifiedAndAnUnreachableOneFails() async throws {
        try await Integration.run { world in
            let client = world.client
            let verified = try await client.verifyWebsiteUpdate(
                UserWebsiteVerifyRequest(website: "shop.tack.example.com", verificationMethod: .filename))
            #expect(verified.status == "success" && verified.verifiedAt != nil)
            let listed = try await client.userWebsitesGetPages().allItems()
            #expect(listed.first { $0.website == "shop.tack.example.com" } == verified)

            let error = try await expectPinterestError {
                try await client.verifyWebsiteUpdate(UserWebsiteVerifyRequest(website: "tack-demo.invalid"))
            }
            #expect(error.kind == .http && error.status == 409 && error.code == 409)
            #expect(error.message.contains("verification code was not found"))
            let after = try await client.userWebsitesGetPages().allItems()
            #expect(after.first { $0.website == "tack-demo.invalid" }?.status == "failure", "a failed check changes nothing")
        }
    }

    @Test func verificationCodeIsTheSameInEveryForm() async throws {
        try await Integration.run { world in
            let code = try await world.client.websiteVerificationGet()
            let value = try #require(code.verificationCode)
            #expect(!value.isEmpty)
            #expect(code.dnsTxtRecord?.contains(value) == true)
            #expect(code.metatag?.contains(value) == true)
            #expect(code.fileContent?.contains(value) == true)
            #expect(code.filename?.hasSuffix(".html") == true)
        }
    }
}
