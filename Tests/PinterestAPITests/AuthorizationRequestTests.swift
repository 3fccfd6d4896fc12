import Foundation
import PinterestAPI
import Testing

@Suite struct AuthorizationRequestTests {
    let request = AuthorizationRequest(
        app: OAuthApp(clientId: "1234", clientSecret: "secret"), authorizeURL: OAuthApp.pinterestAuthorizeURL,
        redirectURI: "http://localhost:8085/", scopes: ["boards:read", "pins:read"], state: "s1")

    @Test func theConsentAddressCarriesTheAppTheRedirectTheScopesAndTheState() throws {
        let items = try #require(URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems)
        func value(_ name: String) -> String? { items.first { $0.name == name }?.value }
        #expect(request.url.absoluteString.hasPrefix("https://www.pinterest.com/oauth/?"))
        #expect(value("client_id") == "1234")
        #expect(value("redirect_uri") == "http://localhost:8085/")
        #expect(value("response_type") == "code")
        #expect(value("scope") == "boards:read,pins:read")
        #expect(value("state") == "s1")
        #expect(!request.url.absoluteString.contains("secret"))
    }

    @Test(arguments: [
        "http://localhost:8085/?code=abc123&state=s1",
        "  http://localhost:8085/?state=s1&code=abc123#_  \n",
        "localhost:8085/?code=abc123&state=s1",
        "abc123",
    ])
    func theCodeIsReadFromThePastedAddressOrAlone(answer: String) throws {
        #expect(try request.code(from: answer) == "abc123")
    }

    @Test func anAnswerForAnotherSignInIsRefused() {
        #expect(throws: AuthorizationFailure.stateMismatch) { try request.code(from: "http://localhost:8085/?code=abc&state=other") }
        #expect(throws: AuthorizationFailure.stateMismatch) { try request.code(from: "http://localhost:8085/?code=abc") }
    }

    @Test func aDeniedConsentSaysSo() {
        #expect(throws: AuthorizationFailure.refused("access_denied")) {
            try request.code(from: "http://localhost:8085/?error=access_denied&state=s1")
        }
        #expect(AuthorizationFailure.refused("access_denied").description == "You declined the sign-in on Pinterest's page.")
    }

    @Test func somethingElseIsNeitherAnAddressNorACode() {
        #expect(throws: AuthorizationFailure.unreadable) { try request.code(from: "") }
        #expect(throws: AuthorizationFailure.unreadable) { try request.code(from: "not a code") }
    }

    @Test func theSandboxesConsentPageIsOnItsOwnRoot() {
        #expect(OAuthApp.authorizeURL(forAPI: URL(string: "http://127.0.0.1:9000/v5")!).absoluteString == "http://127.0.0.1:9000/oauth/")
        #expect(OAuthApp.authorizeURL(forAPI: ClientConfiguration.productionBaseURL) == OAuthApp.pinterestAuthorizeURL)
        #expect(OAuthApp.authorizeURL(forAPI: ClientConfiguration.sandboxBaseURL) == OAuthApp.pinterestAuthorizeURL)
    }

    @Test func theAppsDescriptionsNeverShowTheSecret() {
        let app = OAuthApp(clientId: "1234", clientSecret: "hush-hush")
        #expect(!"\(app)".contains("hush"))
        #expect(!String(reflecting: app).contains("hush"))
        #expect(!"\(Mirror(reflecting: app).children.map(\.value))".contains("hush"))
    }
}
