import PinterestAPI
import Testing

/// Every operation of the client's catalog, called once against one sandbox: each reaches the route the
/// sandbox serves under the same method and path template, and succeeds.
@Suite struct OperationCoverageTests {
    @Test func everyCatalogOperationReachesItsSandboxRoute() async throws {
        try await Integration.run { world in
            let client = world.client
            let boards = try await client.boardsList(pageSize: 250).items
            let summer = try #require(boards.first { $0.name == Demo.summerRecipes })
            _ = try await client.boardsGet(boardId: summer.id)
            let pin = try #require(try await client.boardsListPins(boardId: summer.id, pageSize: 1).items.first)
            let section = try #require(try await client.boardSectionsList(boardId: summer.id).items.first)
            _ = try await client.boardSectionsListPins(boardId: summer.id, sectionId: section.id)

            let board = try await client.boardsCreate(BoardCreate(name: "Tour"))
            _ = try await client.boardsUpdate(boardId: board.id, BoardUpdate(description: "Every operation"))
            let newSection = try await client.boardSectionsCreate(boardId: board.id, BoardSectionCreate(name: "Stop"))
            _ = try await client.boardSectionsUpdate(
                boardId: board.id, sectionId: newSection.id, BoardSectionUpdate(name: "Stops"))
            let newPin = try await client.pinsCreate(
                PinCreate(boardId: board.id, mediaSource: .imageURL(.init(url: "https://example.com/tour.jpg"))))
            _ = try await client.pinsUpdate(pinId: newPin.id, PinUpdate(boardSectionId: newSection.id))
            _ = try await client.pinsSave(pinId: pin.id, PinSave(boardId: board.id))
            _ = try await client.pinsGet(pinId: newPin.id)
            _ = try await client.pinsList(pageSize: 5)
            _ = try await client.pinsAnalytics(pinId: pin.id, startDate: day(-7), endDate: day(-1), metricTypes: [.save])
            _ = try await client.multiPinsAnalytics(
                pinIds: [pin.id, newPin.id], startDate: day(-7), endDate: day(-1), metricTypes: [.save])
            try await client.pinsDelete(pinId: newPin.id)
            try await client.boardSectionsDelete(boardId: board.id, sectionId: newSection.id)
            try await client.boardsDelete(boardId: board.id)

            _ = try await client.userAccountGet()
            _ = try await client.userAccountAnalytics(startDate: day(-7), endDate: day(-1))
            _ = try await client.userAccountAnalyticsTopPins(startDate: day(-7), endDate: day(-1), sortBy: .save)
            _ = try await client.userAccountAnalyticsTopVideoPins(startDate: day(-7), endDate: day(-1), sortBy: .videoStart)
            _ = try await client.followersList()
            _ = try await client.userFollowingGet()
            _ = try await client.boardsUserFollowsList()
            _ = try await client.followUserUpdate(username: "kinfolk")
            _ = try await client.userWebsitesGet()
            _ = try await client.verifyWebsiteUpdate(
                UserWebsiteVerifyRequest(website: "tour.example.com", verificationMethod: .dnsTXT))
            try await client.unverifyWebsiteDelete(website: "tour.example.com")
            _ = try await client.websiteVerificationGet()
            _ = try await client.linkedBusinessAccountsGet()

            for operation in OperationDescriptor.all {
                let route = "\(operation.id): \(operation.method.rawValue) \(operation.pathTemplate)"
                #expect(await world.requests(operation) == 1, "\(route)")
            }
        }
    }
}
