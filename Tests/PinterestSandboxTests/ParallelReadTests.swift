import Dispatch
import Foundation
import Testing

@testable import PinterestSandbox

/// A data file is read by several connections at once: a request's read does not wait for another's.
@Suite struct ParallelReadTests {
    @Test func aReadRunsWhileAnotherIsUnderWay() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reads-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let database = try await SandboxDatabase.open(path: path)
        let (firstStarted, start) = AsyncStream.makeStream(of: Void.self)
        let secondRead = DispatchSemaphore(value: 0)
        // The first read holds its connection until the second read has run, or 10 s have passed.
        async let firstSawSecond = database.read { _ in
            start.yield()
            return secondRead.wait(timeout: .now() + 10) == .success
        }
        for await _ in firstStarted { break }
        try await database.read { _ in _ = secondRead.signal() }
        #expect(try await firstSawSecond)
    }
}
