import Foundation
import PinterestAPI
import PinterestSandbox
import Testing

/// `tack export`, `tack import` and `tack boards copy`, the real binary, against two sandboxes: the demo
/// account, and one started empty.
@Suite struct BackupEndToEndTests {
    /// The two sandboxes, a private HOME, and the environment `tack` runs with in it.
    struct World {
        let source: SandboxServer
        let target: SandboxServer
        let home: URL
        let tack: String

        var environment: [String: String] {
            [
                "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": home.path,
                "XDG_CONFIG_HOME": home.appending(path: "config").path, "XDG_STATE_HOME": home.appending(path: "state").path,
                "XDG_DATA_HOME": home.appending(path: "data").path, "PINTEREST_ACCESS_TOKEN": "e2e-token",
            ]
        }

        func run(_ arguments: [String]) async throws -> ChildProcess.Result {
            try await ChildProcess.run([tack] + arguments, capturingOutput: true, environment: environment)
        }
    }

    static func with(_ body: (World) async throws -> Void) async throws {
        let source = try await SandboxServer.start(SandboxConfiguration())
        let target = try await SandboxServer.start(SandboxConfiguration(content: .empty))
        let home = FileManager.default.temporaryDirectory.appending(path: "tack-e2e-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let world = World(source: source, target: target, home: home, tack: try TackUnderTest.binaryPath())
        do {
            try await body(world)
        } catch {
            await source.stop()
            await target.stop()
            throw error
        }
        await source.stop()
        await target.stop()
    }

    @Test func anExportImportsIntoAnEmptyAccountOnceAndASecondImportMakesNothing() async throws {
        try await Self.with { world in
            let backup = world.home.appending(path: "backup").path
            let export = try await world.run(["export", backup, "--api", world.source.baseURL.absoluteString])
            #expect(export.status == 0, "\(export.output)")
            #expect(export.output.contains("8 boards") && export.output.contains("164 pins"), "\(export.output)")
            #expect(export.output.contains("25 requests (minimum 25)"), "\(export.output)")
            #expect(!export.output.contains("\u{1B}["), "no progress bar when standard error is not a terminal")
            #expect(FileManager.default.fileExists(atPath: backup + "/manifest.json"))

            let first = try await world.run(["import", backup, "--api", world.target.baseURL.absoluteString])
            #expect(first.status == 0, "\(first.output)")
            #expect(first.output.contains("Boards: 8 created") && first.output.contains("Pins: 164 created"), "\(first.output)")
            #expect(first.output.contains("made from its cover image"), "video pins are noted")

            let second = try await world.run(["import", backup, "--api", world.target.baseURL.absoluteString])
            #expect(second.status == 0, "\(second.output)")
            #expect(second.output.contains("Pins: 0 created, 164 copied before"), "\(second.output)")
        }
    }

    @Test func aBoardCopiesIntoAnotherAccountWithItsSectionsAndPinsAndASecondCopyMakesNothing() async throws {
        try await Self.with { world in
            let source = PinterestClient(configuration: ClientConfiguration(baseURL: world.source.baseURL, accessToken: "e2e-token"))
            let target = PinterestClient(configuration: ClientConfiguration(baseURL: world.target.baseURL, accessToken: "e2e-token"))
            defer { Task { try? await source.shutdown(); try? await target.shutdown() } }
            let board = try #require(try await source.boardsList(pageSize: 250).items.first)
            let boardId = board.id
            let sections = try await source.boardSectionsList(boardId: boardId, pageSize: 250).items
            let pinCount = try #require(board.pinCount)
            let copy = [
                "boards", "copy", boardId, "--api", world.source.baseURL.absoluteString,
                "--to-api", world.target.baseURL.absoluteString,
            ]

            let first = try await world.run(copy)
            #expect(first.status == 0, "\(first.output)")
            #expect(first.output.contains("Boards: 1 created"), "\(first.output)")
            #expect(first.output.contains("Sections: \(sections.count) created"), "\(first.output)")
            let copied = try await target.boardsList(pageSize: 250).items
            #expect(copied.map(\.name) == [board.name], "only the one board is copied")
            let copiedId = try #require(copied.first).id
            let copiedSections = try await target.boardSectionsList(boardId: copiedId, pageSize: 250).items
            #expect(copiedSections.map(\.name) == sections.map(\.name))
            let copiedPins = try await target.boardsListPins(boardId: copiedId, pageSize: 250).items
            #expect(copiedPins.count == pinCount, "every pin of the board")

            let second = try await world.run(copy)
            #expect(second.status == 0, "\(second.output)")
            #expect(second.output.contains("Pins: 0 created"), "\(second.output)")
            #expect(try await target.boardsListPins(boardId: copiedId, pageSize: 250).items.count == pinCount)
        }
    }
}
