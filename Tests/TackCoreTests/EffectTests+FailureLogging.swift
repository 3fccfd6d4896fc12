import Foundation
import Logging
import PinterestAPI
import Synchronization
import TackCore
import Testing

/// Every failure the performer reports is also logged whole, at warning level, without the token.
@Suite("PinterestRequestPerformer failure logging")
struct PerformerFailureLoggingTests {
    private static let token = "pina_LOGGED_NEVER_0123456789"
    /// Longer than any status line: the log must keep all of it.
    private static let longMessage = "The sandbox was asked to create a board whose name is "
        + String(repeating: "very ", count: 60) + "long, and refused it."

    private func perform(
        _ request: APIRequest, transport: some HTTPTransport,
        readFile: @escaping PinterestRequestPerformer.FileReader = { _ in Data() }
    ) async -> (Action, [LogRecord]) {
        let records = LogRecords()
        let logger = Logger(label: "test") { _ in RecordingLogHandler(records: records) }
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9/v5")!, accessToken: Self.token, retryPolicy: .never),
            transport: transport)
        let action = await PinterestRequestPerformer(client: client, readFile: readFile, logger: logger).perform(request)
        return (action, records.all)
    }

    @Test func anErrorAnswerIsLoggedWholeAtWarning() async throws {
        let body = #"{"code": 1, "message": "\#(Self.longMessage)"}"#
        let (action, records) = await perform(.write(.createBoard(BoardCreate(name: "B"))), transport: FixedTransport(.answer(400, body)))
        guard case .writeFailed(_, let failure) = action else {
            Issue.record("expected a write failure, got \(action)")
            return
        }
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(record.level == .warning)
        #expect(record.message == failure.userMessage)
        #expect(record.message.contains(Self.longMessage))
        #expect(record.metadata["error"]?.contains("HTTP 400") == true)
        #expect(record.metadata["retryable"] == "false")
    }

    @Test func aConnectionFailureIsLoggedWithTheTransportsDetailAndNoToken() async throws {
        let detail = "HTTPClientError.remoteConnectionClosed after Authorization: Bearer \(Self.token)"
        let (action, records) = await perform(.account, transport: FixedTransport(.fail(.failed(.closedBeforeAnswer, detail: detail))))
        guard case .accountFailed(let failure) = action else {
            Issue.record("expected an account failure, got \(action)")
            return
        }
        #expect(failure.userMessage == "The connection to 127.0.0.1:9 closed before the answer arrived: try again")
        let record = try #require(records.first)
        #expect(record.level == .warning)
        #expect(record.message == failure.userMessage)
        #expect(record.metadata["error"]?.contains("HTTPClientError.remoteConnectionClosed after Authorization: Bearer <redacted>") == true)
        #expect(records.allSatisfy { !$0.text.contains(Self.token) }, "\(records)")
    }

    @Test func aMediaFileProblemIsLoggedToo() async throws {
        let draft = PinDraft(boardId: "1", media: .imageFile(path: "/nowhere/peach.jpg"))
        let (action, records) = await perform(
            .write(.createPin(draft)), transport: FixedTransport(.answer(201, "{}")),
            readFile: { throw MediaResolutionError.fileNotFound(path: $0) })
        guard case .writeFailed(_, let failure) = action else {
            Issue.record("expected a write failure, got \(action)")
            return
        }
        #expect(!failure.isRetryable)
        #expect(records.map(\.message) == ["/nowhere/peach.jpg: no such file"])
    }
}

/// Gives every request the same outcome.
private struct FixedTransport: HTTPTransport {
    enum Outcome: Sendable {
        case answer(Int, String)
        case fail(TransportFailure)
    }

    let outcome: Outcome

    init(_ outcome: Outcome) { self.outcome = outcome }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch outcome {
        case .answer(let status, let body):
            HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
        case .fail(let failure):
            throw failure
        }
    }

    func shutdown() async throws {}
}

private struct LogRecord: Sendable, CustomStringConvertible {
    var level: Logger.Level
    var message: String
    var metadata: [String: String]

    var text: String { "\(level) \(message) \(metadata)" }
    var description: String { text }
}

private final class LogRecords: Sendable {
    private let records = Mutex<[LogRecord]>([])
    func append(_ record: LogRecord) { records.withLock { $0.append(record) } }
    var all: [LogRecord] { records.withLock { $0 } }
}

private struct RecordingLogHandler: LogHandler {
    let records: LogRecords
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        records.append(LogRecord(
            level: event.level, message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
    }
}
