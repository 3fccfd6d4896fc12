import Foundation
import PinterestAPI
import Testing

/// `tack boards …` run as a script against the sandbox: every output mode, paging, writes, dry runs, limits.
@Suite struct BoardsScriptEndToEndTests {
    @Test func listPrintsATableOfTheFirstPageAndTheNextBookmark() async throws {
        try await ScriptWorld.with { world in
            let page = try await world.client.boardsList(pageSize: 3)
            let run = try await world.succeed(["boards", "list", "--page-size", "3"])
            #expect(run.lines.first?.split(separator: " ", omittingEmptySubsequences: true).prefix(3) == ["ID", "NAME", "PRIVACY"])
            #expect(run.lines.dropFirst().map { String($0.prefix(while: { $0 != " " })) } == page.items.map(\.id))
            let bookmark = try #require(page.bookmark)
            #expect(run.errors == "tack: more items: --bookmark \(bookmark)\n")

            let next = try await world.succeed(["boards", "list", "--page-size", "3", "--bookmark", bookmark, "--json"])
            let expected = try await world.client.boardsList(bookmark: bookmark, pageSize: 3)
            #expect(try next.decoded(ScriptWorld.ListDocument<Board>.self).items == expected.items)
        }
    }

    /// On a terminal the table is cut to its width: long names and descriptions end in "…", ids stay whole,
    /// and no line wraps.
    @Test func onANarrowTerminalTheTableFitsItsWidth() async throws {
        try await ScriptWorld.with { world in
            var environment = TackUnderTest.isolatedEnvironment(home: world.home)
            environment["PINTEREST_ACCESS_TOKEN"] = TackUnderTest.token
            environment["TERM"] = "xterm-256color"
            let command = "\"$0\" boards list --api \(world.sandbox.baseURL.absoluteString); echo DONE; exec sleep 3600"
            let terminal = try await TmuxSession(
                command: ["sh", "-c", command, try TackUnderTest.binaryPath()], environment: environment, width: 70, height: 20)
            defer { Task { try? await terminal.killServer() } }
            try await terminal.require("DONE")
            let lines = try await terminal.screen().split(separator: "\n").prefix { $0 != "DONE" }
            #expect(lines.first?.hasPrefix("ID") == true && lines.count == 9, "\(lines)")
            #expect(lines.allSatisfy { $0.count <= 70 })
            #expect(lines.contains { $0.hasSuffix("…") }, "\(lines)")
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("5497558130") }, "ids whole: \(lines)")
        }
    }

    @Test func listAsJSONUsesTheAPIsFieldNamesAndShape() async throws {
        try await ScriptWorld.with { world in
            let run = try await world.succeed(["boards", "list", "--json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            let first = try #require((object["items"] as? [[String: Any]])?.first)
            #expect(first["pin_count"] is Int && first["id"] is String && first["created_at"] is String)
            #expect(object.keys.contains("bookmark"))
            let boards = try run.decoded(ScriptWorld.ListDocument<Board>.self)
            #expect(boards.items == (try await world.client.boardsList()).items)
        }
    }

    @Test func allPagesAsJSONLinesAreOneBoardALineAndNoBookmark() async throws {
        try await ScriptWorld.with { world in
            let all = try await world.client.boardsListPages().allItems()
            let run = try await world.succeed(["boards", "list", "--all", "--page-size", "3", "--jsonl"])
            let lines = try run.lines.map { try PinterestJSON.makeDecoder().decode(Board.self, from: Data($0.utf8)) }
            #expect(lines == all && all.count > 3)
            #expect(run.errors.isEmpty)
        }
    }

    @Test func getCreateUpdateAndDelete() async throws {
        try await ScriptWorld.with { world in
            let created = try await world.succeed([
                "boards", "create", "--name", "Script board", "--description", "made by a test", "--privacy", "secret", "--json",
            ]).decoded(Board.self)
            #expect(created.name == "Script board" && created.privacy == .secret)
            let got = try await world.succeed(["boards", "get", created.id])
            #expect(got.output.contains("NAME:") && got.output.contains("Script board"), "\(got.output)")

            _ = try await world.succeed(["boards", "update", created.id, "--name", "Renamed"])
            #expect(try await world.client.boardsGet(boardId: created.id).name == "Renamed")

            let deleted = try await world.succeed(["boards", "delete", created.id])
            #expect(deleted.output.isEmpty)
            let gone = try await world.tack(["boards", "get", created.id])
            #expect(gone.status == 1)
            #expect(gone.errors.contains("(HTTP 404"), "\(gone.errors)")
        }
    }

    @Test func createTakesItsFieldsFromStandardInputAndOptionsWin() async throws {
        try await ScriptWorld.with { world in
            let json = #"{"name": "From JSON", "description": "piped", "privacy": "SECRET", "unknown_field": 1}"#
            let board = try await world.succeed(["boards", "create", "--from", "-", "--privacy", "PUBLIC", "--jsonl"], input: json)
                .decoded(Board.self)
            #expect(board.name == "From JSON" && board.description == "piped" && board.privacy == .public)
        }
    }

    @Test func aDryRunPrintsTheRequestAndSendsNothing() async throws {
        try await ScriptWorld.with { world in
            let before = try await world.client.boardsListPages().allItems().count
            let run = try await world.succeed(["boards", "create", "--name", "Not made", "--dry-run"])
            #expect(run.lines.first == "POST \(world.sandbox.baseURL.absoluteString)/boards")
            #expect(run.output.contains(#""name" : "Not made""#), "\(run.output)")
            #expect(!run.output.contains(TackUnderTest.token) && !run.output.contains("Authorization"))
            let delete = try await world.succeed(["boards", "delete", "549755813001", "--dry-run"])
            #expect(delete.output == "DELETE \(world.sandbox.baseURL.absoluteString)/boards/549755813001\n")
            #expect(try await world.client.boardsListPages().allItems().count == before)
        }
    }

    static let usageCases: [(arguments: [String], message: String)] = [
        (["boards", "create", "--name", "x", "--description", String(repeating: "d", count: 501)],
         "tack: --description is 501 characters: the limit is 500."),
        (["boards", "create", "--description", "no name"], "tack: --name is required."),
        (["boards", "list", "--page-size", "251"], "--page-size must be 1 to 250 (the API's limit), not 251."),
        (["boards", "get", "abc"], "The board id must be digits (an id), not 'abc'."),
        (["boards", "update", "549755813001", "--privacy", "PROTECTED"], "--privacy: an update takes only PUBLIC or SECRET."),
        (["boards", "update", "549755813001"], "Nothing to change"),
        (["boards", "list", "--privacy", "HIDDEN"], "HIDDEN"),
        (["boards", "list", "--json", "--jsonl"], "--json and --jsonl cannot be combined."),
    ]

    @Test(arguments: usageCases)
    func usageErrorsNameTheLimitAndExitTwo(arguments: [String], message: String) async throws {
        try await ScriptWorld.with { world in
            let run = try await world.tack(arguments)
            #expect(run.status == 2)
            #expect(run.errors.contains(message), "\(run.errors)")
            #expect(run.output.isEmpty)
        }
    }
}
