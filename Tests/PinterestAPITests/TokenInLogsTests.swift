import Foundation
import Logging
import PinterestAPI
import Synchronization
import Testing

/// The client logs every request at debug level; the access token must never be in those lines.
struct TokenInLogsTests {
    @Test func noLogLineCarriesTheToken() async throws {
        let lines = CapturedLogLines()
        let transport = ScriptedTransport([
            .respond(.error(429, code: 8, message: "slow down \(TestClient.token)", headers: [("Retry-After", "1")])),
            .respond(.error(401, code: 2, message: "Authentication failed.")),
        ])
        var logger = Logger(label: "test") { _ in CapturingLogHandler(lines: lines) }
        logger.logLevel = .trace
        let configuration = ClientConfiguration(
            baseURL: ClientConfiguration.localBaseURL(port: 8080), accessToken: TestClient.token,
            retryPolicy: RetryPolicy(maxAttempts: 2, sleep: SleepRecorder().sleep), logger: logger)
        let client = PinterestClient(configuration: configuration, transport: transport)

        await #expect(throws: PinterestError.self) { _ = try await client.boardsList() }
        let logged = lines.all
        #expect(logged.contains { $0.contains("/boards") }, "requests are logged: \(logged)")
        #expect(logged.allSatisfy { !$0.contains(TestClient.token) }, "logged: \(logged)")
    }
}

/// Log lines a test can read back.
private final class CapturedLogLines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

private struct CapturingLogHandler: LogHandler {
    let lines: CapturedLogLines
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        lines.append("\(event.level) \(event.message) \(merged)")
    }
}
