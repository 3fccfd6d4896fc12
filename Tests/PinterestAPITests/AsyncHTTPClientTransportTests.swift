import Foundation
import PinterestAPI
import Testing

/// The production transport, against a loopback port nobody listens on.
struct AsyncHTTPClientTransportTests {
    @Test func refusedConnectionFailsFastAndIsSafeToRetryEvenForAWrite() async throws {
        let sleeper = SleepRecorder()
        let configuration = ClientConfiguration(
            baseURL: ClientConfiguration.localBaseURL(port: 1), accessToken: TestClient.token,
            requestTimeout: .seconds(20), retryPolicy: RetryPolicy(maxAttempts: 2, sleep: sleeper.sleep))
        let client = PinterestClient(configuration: configuration)
        let error = await #expect(throws: PinterestError.self) { _ = try await client.boardsCreate(.init(name: "B")) }
        // A network error, not a timeout: the refusal surfaced at once instead of the transport
        // retrying the connection until the 20 s request timeout.
        #expect(error?.kind == .network)
        #expect(error?.isRetryable == true)
        #expect(error.map { !"\($0)".contains(TestClient.token) } == true)
        #expect(sleeper.recorded.count == 1)
        try await client.shutdown()
    }
}
