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

    /// AsyncHTTPClient traps on a port beyond 16 bits; the transport answers with an error instead.
    @Test func aPortOutOfRangeIsAnErrorNotATrap() async throws {
        let transport = AsyncHTTPClientTransport()
        let request = HTTPRequest(
            method: .get, url: URL(string: "http://127.0.0.1:99999/v5/boards")!, headers: [], body: nil,
            timeout: .seconds(5))
        await #expect(throws: TransportFailure.self) { _ = try await transport.send(request) }
        try await transport.shutdown()
    }

    /// A base URL AsyncHTTPClient could not take (a port beyond 65535) is an error, not a crash.
    @Test func portOutOfRangeIsRefusedNotACrash() async throws {
        let configuration = ClientConfiguration(
            baseURL: try #require(URL(string: "http://127.0.0.1:99999/v5")), accessToken: TestClient.token)
        let client = PinterestClient(configuration: configuration)
        let error = await #expect(throws: PinterestError.self) { _ = try await client.userAccountGet() }
        #expect(error?.kind == .invalidConfiguration)
        #expect(error?.userMessage == "http://127.0.0.1:99999/v5 is not a usable API URL: the port 99999 is out of range (1-65535)")
        try await client.shutdown()
    }
}
