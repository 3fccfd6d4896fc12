import PinterestAPI
import Testing

/// user_account/get and linked_business_accounts/get, end to end.
@Suite struct AccountTests {
    @Test func getReturnsTheDemoAccountWithCountsFromItsData() async throws {
        try await Integration.run { world in
            let account = try await world.client.userAccountGet()
            #expect(account.username == Demo.username)
            #expect(account.accountType == .business)
            #expect(account.businessName == "Tack Demo Studio")
            #expect(account.websiteUrl == "https://tack.example.com")
            #expect(account.id?.isEmpty == false && account.profileImage?.hasPrefix("https://") == true)
            #expect(account.boardCount == Demo.boards.count)
            #expect(account.pinCount == Demo.pinCount)
            #expect(account.followerCount == Demo.followerCount)
            #expect(account.followingCount == Demo.followingCount)
            #expect(account.monthlyViews == 48_213)
        }
    }

    @Test func countsFollowWrites() async throws {
        try await Integration.run { world in
            let client = world.client
            let board = try await client.boardsCreate(BoardCreate(name: "Counted"))
            _ = try await client.pinsCreate(
                PinCreate(boardId: board.id, mediaSource: .imageURL(.init(url: "https://example.com/a.jpg"))))
            let account = try await client.userAccountGet()
            #expect(account.boardCount == Demo.boards.count + 1)
            #expect(account.pinCount == Demo.pinCount + 1)
        }
    }

    @Test func linkedBusinessesArriveAsAPlainArray() async throws {
        try await Integration.run { world in
            let businesses = try await world.client.linkedBusinessAccountsGet()
            #expect(businesses.map(\.username) == Demo.businesses)
            for business in businesses {
                let images = [business.imageSmallUrl, business.imageMediumUrl, business.imageLargeUrl, business.imageXlargeUrl]
                #expect(images.allSatisfy { $0?.hasPrefix("https://") == true })
            }
        }
    }
}
