import Foundation
import PinterestAPI
import Testing

/// The token and base URL are checked before anything is sent; no message shows the token.
struct ConfigurationCheckTests {
    @Test(arguments: ["pina_abc", "demo", "pina_a-b.c~d+e/f==", TestClient.token])
    func usableTokens(token: String) {
        #expect(ClientConfiguration.tokenProblem(token) == nil)
    }

    @Test(arguments: [
        ("pina_a\r\nb", "a carriage return (CR, U+000D) at character 7 of 9"),
        ("pina_a\nb", "a line feed (LF, U+000A) at character 7 of 8"),
        ("pina a", "a space (U+0020) at character 5 of 6"),
        ("pina\u{7F}", "a control character (U+007F) at character 5 of 5"),
        ("pinä", "a character no token has (U+00E4) at character 4 of 4"),
    ])
    func unusableTokensAreDescribedWithoutThemselves(token: String, described: String) throws {
        let problem = try #require(ClientConfiguration.tokenProblem(token))
        #expect(problem.contains("it contains \(described)"), "\(problem)")
        #expect(!problem.contains(token) && !problem.contains("pin"))
    }

    @Test func checkedTokenTrimsSurroundingWhitespaceOnly() throws {
        #expect(try ClientConfiguration.checkedToken("  pina_abc\r\n") == "pina_abc")
        #expect(ClientConfiguration(accessToken: "pina_abc\r\n").accessToken == "pina_abc")
        let blank = #expect(throws: PinterestError.self) { try ClientConfiguration.checkedToken(" \r\n") }
        #expect(blank?.kind == .missingToken)
        let inner = #expect(throws: PinterestError.self) { try ClientConfiguration.checkedToken("pina_abc\r\ndef\n") }
        #expect(inner?.kind == .invalidConfiguration)
        #expect(inner?.isRetryable == false)
        #expect(inner.map { !"\($0)".contains("pina_abc") } == true)
        let environment = #expect(throws: PinterestError.self) {
            try ClientConfiguration.fromEnvironment(environment: ["PINTEREST_ACCESS_TOKEN": "pina_abc\rdef"])
        }
        #expect(environment?.kind == .invalidConfiguration)
    }

    @Test func tokenWithAControlCharacterSendsNothing() async throws {
        let transport = ScriptedTransport(json: "{}")
        let configuration = ClientConfiguration(
            baseURL: ClientConfiguration.localBaseURL(port: 8080), accessToken: "pina_abc\r\nX-Injected: 1")
        let error = await #expect(throws: PinterestError.self) {
            _ = try await PinterestClient(configuration: configuration, transport: transport).userAccountGet()
        }
        #expect(error?.kind == .invalidConfiguration)
        #expect(await transport.requestCount == 0)
    }

    @Test(arguments: [
        ("http://127.0.0.1:99999/v5", "the port 99999 is out of range (1-65535)"),
        ("ftp://127.0.0.1:21/v5", "Tack speaks only http and https, not ftp://"),
        ("localhost:8080/v5", "Tack speaks only http and https, not localhost://"),
        ("//127.0.0.1:8080/v5", "Tack speaks only http and https, write http:// or https:// in front"),
        ("http:///v5", "it has no host, e.g. https://api.pinterest.com/v5"),
    ])
    func unusableBaseURLsSendNothing(url: String, reason: String) async throws {
        let baseURL = try #require(URL(string: url))
        #expect(ClientConfiguration.baseURLProblem(baseURL) == "\(url) is not a usable API URL: \(reason)")
        let transport = ScriptedTransport(json: "{}")
        let configuration = ClientConfiguration(baseURL: baseURL, accessToken: TestClient.token)
        let error = await #expect(throws: PinterestError.self) {
            _ = try await PinterestClient(configuration: configuration, transport: transport).userAccountGet()
        }
        #expect(error?.kind == .invalidConfiguration)
        #expect(error?.isRetryable == false)
        #expect(await transport.requestCount == 0)
    }
}
