import Foundation
import PinterestAPI
import Testing

/// `tack sections …` run as a script against the sandbox.
@Suite struct SectionsScriptEndToEndTests {
    static let board = "549755813001"

    @Test func listCreateRenameAndDelete() async throws {
        try await ScriptWorld.with { world in
            let sections = try await world.client.boardSectionsList(boardId: Self.board).items
            let table = try await world.succeed(["sections", "list", "--board", Self.board])
            #expect(table.lines.first?.hasPrefix("ID") == true)
            #expect(table.lines.dropFirst().map { String($0.prefix(while: { $0 != " " })) } == sections.map(\.id))

            let made = try await world.succeed(["sections", "create", "--board", Self.board, "--name", "Soups", "--json"])
                .decoded(BoardSection.self)
            #expect(made.name == "Soups")
            _ = try await world.succeed(["sections", "rename", made.id, "--board", Self.board, "--name", "Stews"])
            let renamed = try await world.succeed(["sections", "list", "--board", Self.board, "--all", "--jsonl"])
            #expect(renamed.lines.contains { $0.contains(#""name":"Stews""#) })

            _ = try await world.succeed(["sections", "delete", made.id, "--board", Self.board])
            #expect(try await world.client.boardSectionsList(boardId: Self.board).items == sections)
        }
    }

    @Test func aNameOverTheLimitIsAUsageErrorAndNothingIsSent() async throws {
        try await ScriptWorld.with { world in
            let run = try await world.tack(["sections", "create", "--board", Self.board, "--name", String(repeating: "n", count: 181)])
            #expect(run.status == 2)
            #expect(run.errors == "tack: --name is 181 characters: the limit is 180.\n")
            let renameFromJSON = try await world.tack(
                ["sections", "rename", "5258814934636001", "--board", Self.board, "--from", "-", "--dry-run"], input: #"{"name":"Sides"}"#)
            #expect(renameFromJSON.status == 0)
            #expect(renameFromJSON.lines.first == "PATCH \(world.sandbox.baseURL.absoluteString)/boards/\(Self.board)/sections/5258814934636001")
            #expect(renameFromJSON.output.contains(#""name" : "Sides""#))
        }
    }
}
