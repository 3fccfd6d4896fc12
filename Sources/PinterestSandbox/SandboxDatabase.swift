import Foundation
import GRDB

/// Opening, migrating and seeding the sandbox database.
public enum SandboxDatabase {
    /// How long a write waits for another sandbox's write to the same file.
    static let busyTimeout: TimeInterval = 10

    /// Resets a database file to freshly seeded demo content (for `tack --demo --reset`).
    public static func reset(at path: String) async throws {
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
        _ = try await open(path: path)
    }

    /// Opens the database at `path` (in memory when nil), migrates it and seeds it when it has no account yet.
    /// The work runs on GRDB's queue, not on a Swift concurrency thread: seeding takes a while.
    ///
    /// Several sandboxes may share a file: in WAL mode readers never wait for a writer, and a writer
    /// waits up to `busyTimeout` for another process's write to end instead of failing at once.
    static func open(path: String?) async throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        let queue = try path.map { try DatabaseQueue(path: $0, configuration: configuration) }
            ?? DatabaseQueue(configuration: configuration)
        try SandboxSchema.migrator.migrate(queue)
        try await queue.write { db in
            if try AccountRow.fetchCount(db) == 0 { try DemoSeed.seed(db) }
        }
        return queue
    }
}
