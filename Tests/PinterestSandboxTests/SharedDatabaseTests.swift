import Foundation
import PinterestSandbox
import Testing

/// Two sandboxes on one data file both work: each write waits for the other's instead of failing with
/// "database is locked", and each sees what the other wrote.
@Suite struct SharedDatabaseTests {
    @Test func twoSandboxesOnOneFileBothServeEveryRequest() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("shared-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        try await Sandbox.with(SandboxConfiguration(databasePath: path)) { first in
            try await Sandbox.with(SandboxConfiguration(databasePath: path)) { second in
                let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                    for index in 0..<40 {
                        let sandbox = index.isMultiple(of: 2) ? first : second
                        group.addTask {
                            if index.isMultiple(of: 4) { return try await sandbox.get("/boards?page_size=250").status }
                            return try await sandbox.call("POST", "/boards", json: #"{"name":"Shared \#(index)"}"#).status
                        }
                    }
                    return try await group.reduce(into: [Int]()) { $0.append($1) }
                }
                #expect(statuses.filter { $0 != 200 && $0 != 201 }.isEmpty, "\(statuses)")
                for sandbox in [first, second] {
                    let names = try await sandbox.all("/boards", pageSize: 250).items.compactMap { $0["name"] as? String }
                    #expect(names.filter { $0.hasPrefix("Shared ") }.count == 30)
                }
            }
        }
    }
}
