import Foundation
import PinterestAPI
import PinterestSandbox
import Testing

/// A token or base URL that cannot work is refused before anything reaches the server, with a
/// message that names the problem (never the token) and offers no retry.
@Suite struct BadConfigurationTests {
    @Test(arguments: ["pina_line_one\r\nX-Injected: yes", "pina_tab\there", "pina_nul\u{0}", "pina_bell\u{7}"])
    func tokenWithAControlCharacterIsRefusedBeforeSending(token: String) async throws {
        try await Integration.run(token: token) { world in
            let error = try await expectPinterestError { try await world.client.userAccountGet() }
            #expect(error.kind == .invalidConfiguration)
            #expect(!error.isRetryable)
            #expect(error.userMessage.hasPrefix("The access token cannot be used: it contains "))
            for shown in [error.userMessage, error.description, String(reflecting: error)] {
                #expect(!shown.contains(token) && !shown.contains("pina_"), "\(shown)")
            }
            #expect(await world.requests(.userAccountGet) == 0)
            #expect(await world.waits.recorded.isEmpty, "not retried")
        }
    }

    @Test func carriageReturnIsNamedWithItsLikelyCause() throws {
        let problem = try #require(ClientConfiguration.tokenProblem("pina_abc\rdef"))
        #expect(problem == "The access token cannot be used: it contains a carriage return (CR, U+000D) at character 9 of 12 "
            + "(a file saved with Windows line endings has them). Check where the token comes from; nothing was sent")
    }

    @Test func tokenReadWithWindowsLineEndingsIsTrimmedAndWorks() async throws {
        let sandbox = SandboxConfiguration(requiredToken: "pina_the_right_one")
        try await Integration.run(sandbox, token: "pina_the_right_one\r\n") { world in
            let account = try await world.client.userAccountGet()
            #expect(account.username == Demo.username)
        }
    }

    @Test func hostThatAnswers404ToTheAccountCallIsNoAPIRoot() async throws {
        try await Integration.run { world in
            let root = "http://\(world.endpoint)/nope"
            let client = PinterestClient(
                configuration: ClientConfiguration(
                    baseURL: try #require(URL(string: root)), accessToken: Integration.token, retryPolicy: .standard))
            let error = await #expect(throws: PinterestError.self) { try await client.userAccountGet() }
            try await client.shutdown()
            #expect(error?.kind == .invalidConfiguration)
            #expect(error?.status == 404)
            #expect(error?.isRetryable == false)
            #expect(error?.userMessage == "\(root) does not look like a Pinterest API root "
                + "(GET /nope/user_account answered 404 Not Found): check the API URL, which ends in /v5")
        }
    }
}
