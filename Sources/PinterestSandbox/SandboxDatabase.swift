import Foundation
import GRDB

/// Opening, migrating and seeding the sandbox database.
public enum SandboxDatabase {
    /// How long a write waits for another sandbox's write to the same file.
    static let busyTimeout: TimeInterval = 10

    /// Resets a database file to freshly seeded content (for `tack --demo --reset`).
    public static func reset(at path: String, content: SandboxContent = .demo) async throws {
        for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
        _ = try await open(path: path, content: content)
    }

    /// Opens the database at `path` (in memory when nil), migrates it and seeds it with `content` when it
    /// has no account yet.
    /// The work runs on GRDB's queue, not on a Swift concurrency thread: seeding takes a while.
    ///
    /// A file opens as a pool of connections in WAL mode: requests read in parallel, and readers never
    /// wait for the writer. Several sandboxes may share a file: a writer waits up to `busyTimeout` for
    /// another process's write to end instead of failing at once. In memory there is a single connection
    /// (a queue): SQLite keeps an in-memory database private to its connection.
    static func open(path: String?, content: SandboxContent = .demo) async throws -> any DatabaseWriter {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        let database: any DatabaseWriter
        if let path {
            database = try DatabasePool(path: path, configuration: configuration)
        } else {
            database = try DatabaseQueue(configuration: configuration)
        }
        try SandboxSchema.migrator.migrate(database)
        try await database.write { db in
            if try AccountRow.fetchCount(db) == 0 { try DemoSeed.seed(db, content: content) }
        }
        return database
    }
}
