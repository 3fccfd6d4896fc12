import Foundation
import PinterestAPI
import Testing

/// `tack pins …` run as a script against the sandbox.
@Suite struct PinsScriptEndToEndTests {
    static let board = "549755813002"
    static let otherBoard = "549755813006"

    private func ids(_ run: ScriptWorld.Run) -> [String] {
        run.lines.dropFirst().map { String($0.prefix(while: { $0 != " " })) }
    }

    @Test func listsTheAccountsPinsABoardsAndASections() async throws {
        try await ScriptWorld.with { world in
            let own = try await world.succeed(["pins", "list"])
            #expect(own.lines.first?.hasPrefix("ID") == true)
            #expect(ids(own) == (try await world.client.pinsList()).items.map(\.id))

            let boardPins = try await world.client.boardsListPinsPages(boardId: Self.board).allItems()
            let all = try await world.succeed(["pins", "list", "--board", Self.board, "--all", "--page-size", "7", "--jsonl"])
            #expect(all.lines.count == boardPins.count && all.errors.isEmpty)
            #expect(try all.lines.map { try PinterestJSON.makeDecoder().decode(Pin.self, from: Data($0.utf8)).id } == boardPins.map(\.id))

            let section = try #require(boardPins.compactMap(\.boardSectionId).first)
            let inSection = try await world.succeed(["pins", "list", "--board", Self.board, "--section", section, "--json"])
            let expected = try await world.client.boardSectionsListPins(boardId: Self.board, sectionId: section).items
            #expect(try inSection.decoded(ScriptWorld.ListDocument<Pin>.self).items == expected)
        }
    }

    /// `tack pins get ID --json | tack pins create --from - --board OTHER`: the copy has the pin's text and its
    /// largest image, on the other board and in none of its sections.
    @Test func aPinsJSONPipedIntoCreateCopiesIt() async throws {
        try await ScriptWorld.with { world in
            let original = try #require(try await world.client.boardsListPins(boardId: Self.board).items.first { $0.boardSectionId != nil })
            let tack = try TackUnderTest.binaryPath()
            let api = world.sandbox.baseURL.absoluteString
            var environment = TackUnderTest.isolatedEnvironment(home: world.home)
            environment["PINTEREST_ACCESS_TOKEN"] = TackUnderTest.token
            let script = """
                "$0" pins get \(original.id) --json --api \(api) \
                | "$0" pins create --from - --board \(Self.otherBoard) --title 'A copy' --json --api \(api)
                """
            let piped = try await ChildProcess.run(
                ["sh", "-c", script, tack], capturingOutput: true, environment: environment, separateErrors: true)
            try #require(piped.status == 0, "\(piped.errors)")
            let copy = try PinterestJSON.makeDecoder().decode(Pin.self, from: Data(piped.output.utf8))
            #expect(copy.id != original.id && copy.title == "A copy" && copy.description == original.description)
            #expect(copy.boardId == Self.otherBoard && copy.boardSectionId == nil)
            #expect(copy.link == original.link)
        }
    }

    @Test func createUpdateMoveSaveAndDelete() async throws {
        try await ScriptWorld.with { world in
            let pin = try await world.succeed([
                "pins", "create", "--board", Self.board, "--title", "Scripted", "--image-url", "https://example.com/a.jpg", "--json",
            ]).decoded(Pin.self)
            #expect(pin.boardId == Self.board && pin.title == "Scripted")

            _ = try await world.succeed(["pins", "update", pin.id, "--title", "Retitled", "--link", "https://example.com/"])
            let updated = try await world.client.pinsGet(pinId: pin.id)
            #expect(updated.title == "Retitled" && updated.link == "https://example.com/")

            let sections = try await world.client.boardSectionsList(boardId: Self.otherBoard).items
            let moved = try await world.succeed(["pins", "move", pin.id, "--board", Self.otherBoard, "--json"]).decoded(Pin.self)
            #expect(moved.boardId == Self.otherBoard && moved.boardSectionId == nil)
            if let section = sections.first {
                _ = try await world.succeed(["pins", "move", pin.id, "--board", Self.otherBoard, "--section", section.id])
                #expect(try await world.client.pinsGet(pinId: pin.id).boardSectionId == section.id)
            }

            let saved = try await world.succeed(["pins", "save", pin.id, "--board", Self.board, "--json"]).decoded(Pin.self)
            #expect(saved.boardId == Self.board)

            _ = try await world.succeed(["pins", "delete", pin.id])
            let gone = try await world.tack(["pins", "get", pin.id])
            #expect(gone.status == 1 && gone.errors.contains("HTTP 404"), "\(gone.errors)")
        }
    }

    @Test func aDryRunOfAMovePrintsThePatch() async throws {
        try await ScriptWorld.with { world in
            let pin = try #require(try await world.client.pinsList().items.first)
            let run = try await world.succeed(["pins", "move", pin.id, "--board", Self.otherBoard, "--dry-run"])
            #expect(run.output == """
                PATCH \(world.sandbox.baseURL.absoluteString)/pins/\(pin.id)
                {
                  "board_id" : "\(Self.otherBoard)",
                  "board_section_id" : null
                }

                """)
            #expect(try await world.client.pinsGet(pinId: pin.id).boardId == pin.boardId, "nothing was sent")
        }
    }

    static let usageCases: [(arguments: [String], message: String)] = [
        (["pins", "create", "--board", board, "--title", String(repeating: "t", count: 101), "--image-url", "https://example.com/a.jpg"],
         "tack: --title is 101 characters: the limit is 100."),
        (["pins", "create", "--board", board, "--image-url", "ftp://example.com/a.jpg"], "--image-url must be an http or https URL"),
        (["pins", "create", "--board", board] + Array(repeating: ["--image-url", "https://example.com/a.jpg"], count: 6).flatMap { $0 },
         "has 6 items: give 2 to 5"),
        (["pins", "create", "--board", board, "--image-file", "/nonexistent/peach.jpg"], "peach.jpg"),
        (["pins", "create", "--board", board], "No media"),
        (["pins", "create", "--image-url", "https://example.com/a.jpg"], "--board is required"),
        (["pins", "create", "--board", board, "--image-url", "https://example.com/a.jpg", "--dominant-color", "red"],
         "--dominant-color must be a colour like #6E7874"),
        (["pins", "list", "--section", "1"], "--section needs --board"),
        (["pins", "list", "--board", board, "--pin-filter", "exclude_native"], "apply only to the account's pins"),
        (["pins", "update", "1"], "Nothing to change"),
    ]

    @Test(arguments: usageCases)
    func usageErrorsExitTwo(arguments: [String], message: String) async throws {
        try await ScriptWorld.with { world in
            let run = try await world.tack(arguments)
            #expect(run.status == 2)
            #expect(run.errors.contains(message), "\(run.errors)")
        }
    }
}
