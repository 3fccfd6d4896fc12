import Foundation
import PinterestAPI
import Synchronization
import Testing

/// What a task's `RequestObserver` hears: every attempt as it leaves, every wait before a retry, in order.
struct RequestObserverTests {
    private final class Heard: Sendable {
        private let events = Mutex<[String]>([])
        func append(_ event: String) { events.withLock { $0.append(event) } }
        var all: [String] { events.withLock { $0 } }
    }

    private static func observer(_ heard: Heard) -> RequestObserver {
        RequestObserver(
            willSend: { heard.append("send \($0)") },
            willRetry: { delay, error in heard.append("wait \(delay) after \(error.status ?? 0)") })
    }

    @Test func hearsEachAttemptAndTheRateLimitWaitBeforeTheRetry() async throws {
        let transport = ScriptedTransport([
            .respond(.error(429, code: 8, message: "slow down", headers: [("X-RateLimit-Reset", "12")])),
            .respond(.json(#"{"id": "1", "name": "B"}"#, status: 201)),
        ])
        let sleeper = SleepRecorder()
        let client = TestClient.make(transport, sleeper: sleeper)
        let heard = Heard()
        _ = try await RequestObserver.$current.withValue(Self.observer(heard)) {
            try await client.boardsCreate(.init(name: "B"))
        }
        #expect(heard.all == ["send 1", "wait 12.0 seconds after 429", "send 2"])
        #expect(sleeper.recorded == [.seconds(12)], "the wait heard is the wait slept")
    }

    @Test func aRequestRefusedBeforeSendingIsNeverHeardAsSent() async {
        let transport = ScriptedTransport([.respond(.json(#"{"id": "1", "name": "B"}"#))])
        let client = PinterestClient(
            configuration: ClientConfiguration(baseURL: URL(string: "http://127.0.0.1:1/v5")!, accessToken: "bad\rtoken"),
            transport: transport)
        let heard = Heard()
        await #expect(throws: PinterestError.self) {
            try await RequestObserver.$current.withValue(Self.observer(heard)) {
                _ = try await client.boardsCreate(.init(name: "B"))
            }
        }
        #expect(heard.all.isEmpty)
        #expect(await transport.requestCount == 0)
    }
}
