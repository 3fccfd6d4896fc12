import Foundation
import PinterestAPI
import Testing

/// The token is removed from what servers and transports say: the `Bearer` header value and the
/// token standing as a word, never the letters of ordinary words.
struct TokenRedactionTests {
    private static let realistic = "pina_AMAZZZXWAAAAAGAQZZZAAAAbXXXXXXXXXZZZZAAAAA4YYYYY_0123456789"

    private func redacted(_ text: String, token: String) -> String {
        ClientConfiguration(accessToken: token).redactingToken(in: text)
    }

    @Test(arguments: ["x", "a", "the", realistic])
    func bearerHeaderValueIsRedacted(token: String) {
        let text = "sent headers: Authorization: Bearer \(token)\r\nAccept: application/json"
        #expect(redacted(text, token: token) == "sent headers: Authorization: Bearer <redacted>\r\nAccept: application/json")
        #expect(redacted("authorization: bearer \(token)Accept", token: token) == "authorization: Bearer <redacted>Accept")
    }

    @Test(arguments: ["x", "a", "the"])
    func shortTokenLeavesTheWordsThatContainIt(token: String) {
        let prose = "The sandbox was asked to answer them; other tokens taxed their theme"
        #expect(redacted(prose, token: token) == prose)
    }

    @Test func shortTokenStandingAsAWordIsRedacted() {
        #expect(redacted("token x was refused.", token: "x") == "token <redacted> was refused.")
        #expect(redacted("x", token: "x") == "<redacted>")
        #expect(redacted("(the)", token: "the") == "(<redacted>)")
        #expect(redacted("tack_the and the-end", token: "the") == "tack_the and the-end")
    }

    @Test func longTokenIsRedactedEvenInsideOtherText() {
        let token = Self.realistic
        #expect(redacted("token=\(token)&x=1", token: token) == "token=<redacted>&x=1")
        #expect(redacted("prefix\(token)suffix", token: token) == "prefix<redacted>suffix")
        #expect(redacted("\(token) and \(token)", token: token) == "<redacted> and <redacted>")
    }

    @Test func percentEncodedTokenIsRedacted() {
        let token = "pina_with+plus/slash=="
        let encoded = token.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        #expect(redacted("GET /v5?t=\(encoded) failed", token: token) == "GET /v5?t=<redacted> failed")
    }

    /// A server echoing the token in its message, a transport echoing the header: neither reaches the
    /// error, while the words around them stay whole.
    @Test(arguments: ["x", "a", "the", realistic])
    func clientErrorsCarryNoTokenButWholeWords(token: String) async throws {
        let server = ScriptedTransport([.respond(.error(400, code: 1, message: "The sandbox was asked for Bearer \(token)"))])
        let http = await #expect(throws: PinterestError.self) {
            _ = try await Self.client(server, token: token).boardsList()
        }
        #expect(http?.message == "The sandbox was asked for Bearer <redacted>")

        let dropped = ScriptedTransport([.fail(.failed(.other, detail: "HTTPClientError while sending Authorization: Bearer \(token)"))])
        let network = await #expect(throws: PinterestError.self) {
            _ = try await Self.client(dropped, token: token).boardsCreate(.init(name: "B"))
        }
        #expect(network?.technicalDetail == "HTTPClientError while sending Authorization: Bearer <redacted>")
        #expect(network.map { !"\($0)".contains("Bearer \(token)") } == true)
    }

    private static func client(_ transport: ScriptedTransport, token: String) -> PinterestClient {
        PinterestClient(
            configuration: ClientConfiguration(
                baseURL: ClientConfiguration.localBaseURL(port: 8080), accessToken: token, retryPolicy: .never),
            transport: transport)
    }
}
