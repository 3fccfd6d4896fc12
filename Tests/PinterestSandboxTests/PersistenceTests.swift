import Foundation
import PinterestSandbox
import Testing

@Suite struct PersistenceTests {
    private func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(UUID().uuidString).sqlite").path
    }

    @Test func writesSurviveARestartWithAFileDatabase() async throws {
        let path = temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var boardId = ""
        try await Sandbox.with(SandboxConfiguration(databasePath: path)) { sandbox in
            let created = try await sandbox.call("POST", "/boards", json: #"{"name":"Kept across restarts"}"#)
            boardId = try #require(created.object["id"] as? String)
        }
        try await Sandbox.with(SandboxConfiguration(databasePath: path)) { sandbox in
            let board = try await sandbox.get("/boards/\(boardId)")
            #expect(board.status == 200)
            #expect(board.object["name"] as? String == "Kept across restarts")
        }
    }

    @Test func resetRestoresTheSeed() async throws {
        let path = temporaryDatabase()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var seededCount = 0
        try await Sandbox.with(SandboxConfiguration(databasePath: path)) { sandbox in
            seededCount = try await sandbox.all("/boards", pageSize: 250).items.count
            _ = try await sandbox.call("POST", "/boards", json: #"{"name":"Temporary"}"#)
        }
        try await SandboxDatabase.reset(at: path)
        try await Sandbox.with(SandboxConfiguration(databasePath: path)) { sandbox in
            let boards = try await sandbox.all("/boards", pageSize: 250).items
            #expect(boards.count == seededCount)
            #expect(!boards.contains { $0["name"] as? String == "Temporary" })
        }
    }

    @Test func theServerReportsTheRealPort() async throws {
        try await Sandbox.with { sandbox in
            #expect(sandbox.server.port > 0)
            #expect(sandbox.server.baseURL.absoluteString == "http://127.0.0.1:\(sandbox.server.port)/v5")
        }
    }
}
