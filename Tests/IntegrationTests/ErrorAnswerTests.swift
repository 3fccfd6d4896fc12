import PinterestAPI
import PinterestSandbox
import Testing

/// The sandbox's error answers as the client reports them: status, Pinterest's code, the server's
/// message and the documented meaning of the status for the operation, in the user message.
@Suite struct ErrorAnswerTests {
    private static let invalidData = "the request had invalid data"

    @Test func wrongTokenIs401AndNotRetried() async throws {
        let sandbox = SandboxConfiguration(requiredToken: "pina_the_right_one")
        try await Integration.run(sandbox, token: "pina_a_wrong_one") { world in
            let error = try await expectPinterestError { try await world.client.userAccountGet() }
            #expect(error.kind == .http && error.status == 401 && error.code == 2)
            #expect(error.message == "Authentication failed.")
            #expect(error.userMessage == PinterestError.tokenRefusedMessage, "said once, without Pinterest's own words")
            #expect(!error.description.contains("pina_a_wrong_one"))
            #expect(!error.isRetryable)
            #expect(await world.requests(.userAccountGet) == 1)
        }
        try await Integration.run(sandbox, token: "pina_the_right_one") { world in
            let account = try await world.client.userAccountGet()
            #expect(account.username == Demo.username)
        }
    }

    @Test func unknownBoardIs404WithEachOperationsMeaning() async throws {
        try await Integration.run { world in
            let client = world.client
            expectHTTPError(
                try await expectPinterestError { try await client.boardsGet(boardId: "1") },
                status: 404, code: 40, messageNaming: "Board not found", meaning: "board not found")
            expectHTTPError(
                try await expectPinterestError { try await client.boardsListPins(boardId: "1") },
                status: 404, code: 40, messageNaming: "Board not found", meaning: "board not found")
            expectHTTPError(
                try await expectPinterestError { try await client.boardsDelete(boardId: "1") },
                status: 404, code: 40, messageNaming: "Board not found", meaning: "board not found")
            expectHTTPError(
                try await expectPinterestError { try await client.boardSectionsListPins(boardId: "1", sectionId: "1") },
                status: 404, code: 40, messageNaming: "Board not found", meaning: "board or section not found")
        }
    }

    @Test func unknownSectionIs404() async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.summerRecipes)
            expectHTTPError(
                try await expectPinterestError {
                    try await world.client.boardSectionsListPins(boardId: board.id, sectionId: "1")
                },
                status: 404, code: 2031, messageNaming: "board section", meaning: "board or section not found")
            expectHTTPError(
                try await expectPinterestError {
                    try await world.client.boardSectionsDelete(boardId: board.id, sectionId: "1")
                },
                status: 404, code: 2031, messageNaming: "board section", meaning: "section not found")
        }
    }

    @Test func unknownPinIs404() async throws {
        try await Integration.run { world in
            let client = world.client
            let board = try await world.board(named: Demo.summerRecipes)
            expectHTTPError(
                try await expectPinterestError { try await client.pinsGet(pinId: "1") },
                status: 404, code: 50, messageNaming: "Pin not found", meaning: "pin not found")
            expectHTTPError(
                try await expectPinterestError { try await client.pinsSave(pinId: "1", PinSave(boardId: board.id)) },
                status: 404, code: 50, messageNaming: "Pin not found", meaning: "board, section or pin not found")
            expectHTTPError(
                try await expectPinterestError {
                    try await client.pinsAnalytics(pinId: "1", startDate: day(-3), endDate: day(-1), metricTypes: [.save])
                },
                status: 404, code: 50, messageNaming: "Pin not found", meaning: "pin not found")
        }
    }

    @Test func unknownUserAndWebsiteAre404() async throws {
        try await Integration.run { world in
            expectHTTPError(
                try await expectPinterestError { try await world.client.followUserUpdate(username: "nobody_at_all") },
                status: 404, code: 30, messageNaming: "User not found", meaning: "user not found")
            expectHTTPError(
                try await expectPinterestError { try await world.client.unverifyWebsiteDelete(website: "nowhere.example") },
                status: 404, code: 404, messageNaming: "Website not in user list", meaning: "website not in the account's list")
        }
    }

    @Test func invalidBoardAndPinFieldsAre400NamingTheField() async throws {
        try await Integration.run { world in
            let client = world.client
            let board = try await world.board(named: Demo.summerRecipes)
            let pin = try await world.newestPin(ofBoardNamed: Demo.summerRecipes)
            expectHTTPError(
                try await expectPinterestError {
                    try await client.boardsCreate(BoardCreate(name: "Long", description: String(repeating: "d", count: 501)))
                },
                status: 400, code: 1, messageNaming: "'description'", meaning: Self.invalidData)
            expectHTTPError(
                try await expectPinterestError {
                    try await client.boardsUpdate(boardId: board.id, BoardUpdate(privacy: .protected))
                },
                status: 400, code: 1, messageNaming: "'privacy'", meaning: Self.invalidData)
            expectHTTPError(
                try await expectPinterestError {
                    try await client.pinsCreate(
                        PinCreate(
                            boardId: board.id, link: "ftp://example.com/x",
                            mediaSource: .imageURL(.init(url: "https://example.com/x.jpg"))))
                },
                status: 400, code: 1, messageNaming: "'link'", meaning: Self.invalidData)
            expectHTTPError(
                try await expectPinterestError {
                    try await client.pinsUpdate(pinId: pin.id, PinUpdate(title: String(repeating: "t", count: 101)))
                },
                status: 400, code: 1, messageNaming: "'title'", meaning: Self.invalidData)
            let names = try await client.boardsListPages().allItems().map(\.name)
            #expect(names == Demo.boards.map(\.name), "a refused write changes nothing")
            #expect(try await client.pinsGet(pinId: pin.id) == pin)
        }
    }

    @Test func invalidSectionNameIs400WithTheSectionMeaning() async throws {
        try await Integration.run { world in
            let board = try await world.board(named: Demo.summerRecipes)
            expectHTTPError(
                try await expectPinterestError {
                    try await world.client.boardSectionsCreate(
                        boardId: board.id, BoardSectionCreate(name: String(repeating: "s", count: 181)))
                },
                status: 400, code: 1, messageNaming: "'name'",
                meaning: "invalid section: the name must be 1 to 180 characters and new on this board")
        }
    }

    @Test func invalidListParametersAre400() async throws {
        try await Integration.run { world in
            let client = world.client
            let board = try await world.board(named: Demo.summerRecipes)
            expectHTTPError(
                try await expectPinterestError { try await client.boardsList(pageSize: 251) },
                status: 400, code: 1, messageNaming: "'page_size'", meaning: Self.invalidData)
            let foreign = try #require(try await client.boardsList(pageSize: 1).bookmark)
            let refused = try await expectPinterestError { try await client.boardsListPins(boardId: board.id, bookmark: foreign) }
            #expect(refused.status == 400 && refused.code == 1 && refused.message.contains("'bookmark'"))
            #expect(refused.documentedMeaning == nil, "list_pins documents no 400")
            #expect(refused.userMessage.contains("the request was rejected as invalid"))
        }
    }

    @Test func invalidAnalyticsWindowsAre400() async throws {
        try await Integration.run { world in
            let client = world.client
            let pin = try await world.newestPin(ofBoardNamed: Demo.summerRecipes)
            expectHTTPError(
                try await expectPinterestError {
                    try await client.pinsAnalytics(pinId: pin.id, startDate: day(-120), endDate: day(-1), metricTypes: [.save])
                },
                status: 400, code: 1, messageNaming: "'start_date'",
                meaning: "invalid analytics parameters: dates must be within the last 90 days")
            expectHTTPError(
                try await expectPinterestError {
                    try await client.userAccountAnalytics(startDate: day(-1), endDate: day(-5))
                },
                status: 400, code: 1, messageNaming: "'end_date'",
                meaning: "invalid analytics parameters: dates must be within the last 90 days")
            expectHTTPError(
                try await expectPinterestError {
                    try await client.multiPinsAnalytics(
                        pinIds: (1...101).map(String.init), startDate: day(-3), endDate: day(-1), metricTypes: [.save])
                },
                status: 400, code: 1, messageNaming: "'pin_ids'",
                meaning: "invalid analytics parameters: 1 to 100 pins, dates within the last 90 days")
        }
    }

    /// Creating a duplicate is a validation error; renaming onto one is the documented 409, not worth retrying.
    @Test func duplicateSectionNameIsRefusedWithTheDocumentedMeaning() async throws {
        try await Integration.run { world in
            let client = world.client
            let board = try await world.board(named: Demo.summerRecipes)
            expectHTTPError(
                try await expectPinterestError {
                    try await client.boardSectionsCreate(boardId: board.id, BoardSectionCreate(name: "Desserts"))
                },
                status: 400, code: 1, messageNaming: "'Desserts' already exists",
                meaning: "invalid section: the name must be 1 to 180 characters and new on this board")
            #expect(await world.requests(.boardSectionsCreate) == 1, "a refused POST is not repeated")

            let drinks = try await world.section(named: "Drinks 🍹", boardId: board.id)
            let rename = try await expectPinterestError {
                try await client.boardSectionsUpdate(
                    boardId: board.id, sectionId: drinks.id, BoardSectionUpdate(name: "Desserts"))
            }
            #expect(rename.isRetryable == false)
            expectHTTPError(
                try await expectPinterestError {
                    try await client.boardSectionsUpdate(
                        boardId: board.id, sectionId: drinks.id, BoardSectionUpdate(name: "Desserts"))
                },
                status: 409, code: 409, messageNaming: "'Desserts' already exists",
                meaning: "another section of this board has this name: choose a different one")
            #expect(try await client.boardSectionsList(boardId: board.id).items.map(\.name) == Demo.summerRecipesSections)
        }
    }
}
