import Foundation
import PinterestAPI
import Synchronization
import TackCore
import Testing

/// Answers with a script, one response per attempt, the last repeated.
private final class ScriptTransport: HTTPTransport {
    private let responses: Mutex<[HTTPResponse]>

    init(_ responses: [HTTPResponse]) { self.responses = Mutex(responses) }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        responses.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] }
    }

    func shutdown() async throws {}
}

private final class Reports: Sendable {
    private let all = Mutex<[RequestProgress]>([])
    func append(_ progress: RequestProgress) { all.withLock { $0.append(progress) } }
    var list: [RequestProgress] { all.withLock { $0 } }
}

/// What `PinterestRequestPerformer` reports while a request runs: a write's leaving, a retry's
/// leaving, and the client's rate-limit waits (as long as the client really sleeps).
@Suite("PinterestRequestPerformer: progress")
struct EffectProgressTests {
    private static let rateLimited = HTTPResponse(
        status: 429, headers: [("X-RateLimit-Reset", "12")], body: Data(#"{"code": 8, "message": "slow down"}"#.utf8))
    private static let board = HTTPResponse(status: 201, body: Data(#"{"id": "1", "name": "Trips"}"#.utf8))
    private static let boards = HTTPResponse(status: 200, body: Data(#"{"items": [], "bookmark": null}"#.utf8))

    private func perform(_ request: APIRequest, answers: [HTTPResponse]) async -> (Action, [RequestProgress], [Duration]) {
        let slept = Mutex<[Duration]>([])
        let policy = RetryPolicy(sleep: { delay in slept.withLock { $0.append(delay) } })
        let client = PinterestClient(
            configuration: ClientConfiguration(
                baseURL: URL(string: "http://127.0.0.1:9/v5")!, accessToken: "token", retryPolicy: policy),
            transport: ScriptTransport(answers))
        let reports = Reports()
        let action = await PinterestRequestPerformer(client: client).perform(request) { reports.append($0) }
        return (action, reports.list, slept.withLock { $0 })
    }

    @Test func aWriteReportsItsLeavingTheRateLimitAndTheRetryLeaving() async {
        let create = WriteRequest.createBoard(BoardCreate(name: "Trips"))
        let (action, reports, slept) = await perform(.write(create), answers: [Self.rateLimited, Self.board])
        #expect(action == .writeSucceeded(create, .board(Board(id: "1", name: "Trips"))))
        #expect(reports == [.sent, .rateLimited(retryIn: .seconds(12)), .sent])
        #expect(slept == [.seconds(12)], "the countdown starts from the wait the client sleeps")
    }

    /// A read's first attempt is not reported (it changes nothing on screen); its retry is.
    @Test func aReadReportsOnlyTheRateLimitAndItsRetry() async {
        let boards = APIRequest.page(PageRequest(source: .ownBoards))
        let (_, quiet, _) = await perform(boards, answers: [Self.boards])
        #expect(quiet.isEmpty)
        let (_, reports, _) = await perform(boards, answers: [Self.rateLimited, Self.boards])
        #expect(reports == [.rateLimited(retryIn: .seconds(12)), .sent])
    }

    /// A server error's backoff is no rate limit: nothing to count down.
    @Test func aServerErrorsBackoffIsNotARateLimit() async {
        let unavailable = HTTPResponse(status: 503, body: Data(#"{"code": 503, "message": "down"}"#.utf8))
        let (_, reports, slept) = await perform(.page(PageRequest(source: .ownBoards)), answers: [unavailable, Self.boards])
        #expect(reports == [.sent])
        #expect(slept.count == 1)
    }
}
