import Foundation
import PinterestSandbox
import Testing

/// The sandbox's OAuth: the authorize page, the token endpoint's two grants, and API calls with the
/// tokens it issues, over real loopback HTTP.
@Suite struct OAuthTests {
    static let app = SandboxOAuth(
        clientId: "1234", clientSecret: "s3cret", redirectURIs: ["http://localhost:8085/"])
    static let allScopes = "boards:read,pins:read,user_accounts:read"

    static func with(_ app: SandboxOAuth = app, _ body: (Sandbox) async throws -> Void) async throws {
        try await Sandbox.with(SandboxConfiguration(oauth: app), body)
    }

    @Test func theConsentPageNamesTheAppAndEscapesTheScopesItShows() async throws {
        try await Self.with { sandbox in
            let page = try await sandbox.authorize(scope: "boards:read,<script>x</script>", decision: nil)
            #expect(page.status == 200)
            let html = String(decoding: page.body, as: UTF8.self)
            #expect(html.contains("<b>1234</b>"))
            #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
            #expect(!html.contains("<script>"))
            #expect(html.contains("decision=allow") && html.contains("decision=deny"))
        }
    }

    @Test func allowingRedirectsBackWithACodeAndTheState() async throws {
        try await Self.with { sandbox in
            let reply = try await sandbox.authorize(state: "a b&c", decision: "allow")
            #expect(reply.status == 302)
            let location = try #require(reply.header("location").flatMap(URLComponents.init(string:)))
            #expect(location.host == "localhost" && location.port == 8085)
            #expect(location.queryItems?.first { $0.name == "state" }?.value == "a b&c")
            #expect(location.queryItems?.first { $0.name == "code" }?.value?.isEmpty == false)
        }
    }

    @Test func denyingRedirectsBackWithAccessDenied() async throws {
        try await Self.with { sandbox in
            let reply = try await sandbox.authorize(state: "xyz", decision: "deny")
            let location = try #require(reply.header("location").flatMap(URLComponents.init(string:)))
            #expect(location.queryItems?.first { $0.name == "error" }?.value == "access_denied")
            #expect(location.queryItems?.first { $0.name == "state" }?.value == "xyz")
            #expect(location.queryItems?.contains { $0.name == "code" } == false)
        }
    }

    @Test(arguments: [("9999", "http://localhost:8085/"), ("1234", "http://evil.example/")])
    func anUnknownAppOrRedirectIsRefusedOnThePageNeverRedirected(clientId: String, redirect: String) async throws {
        try await Self.with { sandbox in
            let reply = try await sandbox.authorize(clientId: clientId, redirectURI: redirect, decision: "allow")
            #expect(reply.status == 400)
            #expect(reply.header("location") == nil)
        }
    }

    @Test func aCodeIsExchangedOnceForTokensThatCallTheAPI() async throws {
        try await Self.with { sandbox in
            let code = try await sandbox.consentCode()
            let tokens = try await sandbox.token(["grant_type": "authorization_code", "code": code, "redirect_uri": Self.app.redirectURIs[0]])
            #expect(tokens.status == 200)
            let access = try #require(tokens.object["access_token"] as? String)
            #expect(access.hasPrefix("pina_"))
            #expect((tokens.object["refresh_token"] as? String)?.hasPrefix("pinr_") == true)
            #expect(tokens.object["token_type"] as? String == "bearer")
            #expect(tokens.object["response_type"] as? String == "authorization_code")
            #expect(tokens.object["expires_in"] as? Int == 30 * 86_400)
            #expect(tokens.object["refresh_token_expires_in"] as? Int == 60 * 86_400)
            #expect(tokens.object["scope"] as? String == "boards:read pins:read user_accounts:read")
            #expect(try await sandbox.call("GET", "/user_account", token: access).status == 200)

            let again = try await sandbox.token(["grant_type": "authorization_code", "code": code, "redirect_uri": Self.app.redirectURIs[0]])
            #expect(again.status == 400, "a code is good once")
            #expect(await sandbox.server.tokensIssued(by: .authorizationCode) == 1)
        }
    }

    @Test func anExchangeWithAnotherRedirectAddressIsRefused() async throws {
        try await Self.with { sandbox in
            let code = try await sandbox.consentCode()
            let reply = try await sandbox.token(["grant_type": "authorization_code", "code": code, "redirect_uri": "http://localhost:9/"])
            #expect(reply.status == 400)
            #expect(reply.message.contains("redirect_uri"))
        }
    }

    @Test(arguments: ["1234:wrong", "9999:s3cret", nil])
    func aWrongClientSecretOrNoneIsRefusedAsPinterestDoes(credentials: String?) async throws {
        try await Self.with { sandbox in
            let code = try await sandbox.consentCode()
            let reply = try await sandbox.token(
                ["grant_type": "authorization_code", "code": code, "redirect_uri": Self.app.redirectURIs[0]],
                credentials: credentials)
            #expect(reply.status == 401)
            #expect(reply.code == 2)
            #expect(reply.message == "Authentication failed.")
        }
    }

    @Test func aRefreshGivesNewTokensAndTheOldRefreshTokenDies() async throws {
        try await Self.with { sandbox in
            let first = try await sandbox.signIn()
            let refreshed = try await sandbox.token(["grant_type": "refresh_token", "refresh_token": first.refresh])
            #expect(refreshed.status == 200)
            #expect(refreshed.object["response_type"] as? String == "refresh_token")
            let newRefresh = try #require(refreshed.object["refresh_token"] as? String)
            #expect(newRefresh != first.refresh)
            #expect(refreshed.object["refresh_token_expires_at"] is Int)
            let newAccess = try #require(refreshed.object["access_token"] as? String)
            #expect(try await sandbox.call("GET", "/boards", token: newAccess).status == 200)

            let reused = try await sandbox.token(["grant_type": "refresh_token", "refresh_token": first.refresh])
            #expect(reused.status == 400, "a refresh token is replaced by the one its use returns")
            #expect(await sandbox.server.tokensIssued(by: .refreshToken) == 1)
        }
    }

    @Test func aRefreshMayNarrowTheScopesButNotWidenThem() async throws {
        try await Self.with { sandbox in
            let first = try await sandbox.signIn(scope: "boards:read,pins:read")
            let wider = try await sandbox.token(["grant_type": "refresh_token", "refresh_token": first.refresh, "scope": "boards:read,boards:write"])
            #expect(wider.status == 400)
            let narrower = try await sandbox.token(["grant_type": "refresh_token", "refresh_token": first.refresh, "scope": "boards:read"])
            #expect(narrower.object["scope"] as? String == "boards:read")
        }
    }

    @Test func aTokenWithoutTheRoutesScopeIsRefusedWithCode3() async throws {
        try await Self.with { sandbox in
            let tokens = try await sandbox.signIn(scope: "boards:read")
            #expect(try await sandbox.call("GET", "/boards", token: tokens.access).status == 200)
            let account = try await sandbox.call("GET", "/user_account", token: tokens.access)
            #expect(account.status == 401)
            #expect(account.code == 3)
            let write = try await sandbox.call("POST", "/boards", json: #"{"name":"x"}"#, token: tokens.access)
            #expect(write.code == 3, "boards:write was not granted")
        }
    }

    @Test func anExpiredAccessTokenIsRefusedAsPinterestDoesAndTheRefreshTokenStillWorks() async throws {
        var app = Self.app
        app.accessTokenLifetime = .seconds(1)
        try await Self.with(app) { sandbox in
            // A fresh token working is shown above; under load this one may be dead before its first use.
            let tokens = try await sandbox.signIn()
            #expect(try await eventually {
                try await sandbox.call("GET", "/boards", token: tokens.access).status == 401
            })
            let expired = try await sandbox.call("GET", "/boards", token: tokens.access)
            #expect(expired.code == 2)
            #expect(expired.message == "Authentication failed.")
            let refreshed = try await sandbox.token(["grant_type": "refresh_token", "refresh_token": tokens.refresh])
            #expect(refreshed.status == 200)
        }
    }

    @Test func unknownTokensAreRefusedButTheConfiguredOneStillWorks() async throws {
        try await Sandbox.with(SandboxConfiguration(requiredToken: "pina_fixed", oauth: Self.app)) { sandbox in
            let madeUp = try await sandbox.call("GET", "/boards", token: "pina_made_up")
            #expect(madeUp.status == 401)
            #expect(madeUp.code == 2)
            #expect(try await sandbox.call("GET", "/user_account", token: "pina_fixed").status == 200)
        }
    }

    @Test func aRevokedTokenStopsWorking() async throws {
        try await Self.with { sandbox in
            let tokens = try await sandbox.signIn()
            #expect(try await sandbox.token(["token": tokens.access], path: "/oauth/token/revoke").status == 200)
            #expect(try await sandbox.call("GET", "/boards", token: tokens.access).status == 401)
        }
    }

    @Test func theTokenEndpointTakesOnlyAForm() async throws {
        try await Self.with { sandbox in
            let reply = try await sandbox.send(
                "POST", sandbox.server.baseURL.absoluteString + "/oauth/token", body: #"{"grant_type":"refresh_token"}"#,
                headers: [("Content-Type", "application/json"), ("Authorization", Sandbox.basic("1234:s3cret"))])
            #expect(reply.status == 415)
        }
    }

    @Test func withoutOAuthConfiguredThereIsNoTokenEndpoint() async throws {
        try await Sandbox.with { sandbox in
            let reply = try await sandbox.token(["grant_type": "refresh_token", "refresh_token": "pinr_x"])
            #expect(reply.status == 404)
        }
    }
}

extension Sandbox {
    static func basic(_ credentials: String) -> String { "Basic " + Data(credentials.utf8).base64EncodedString() }

    func authorize(
        clientId: String = OAuthTests.app.clientId, redirectURI: String = OAuthTests.app.redirectURIs[0],
        scope: String = OAuthTests.allScopes, state: String = "st4te", decision: String?
    ) async throws -> Reply {
        var components = URLComponents(string: root + "/oauth/")!
        components.queryItems = [
            .init(name: "client_id", value: clientId), .init(name: "redirect_uri", value: redirectURI),
            .init(name: "response_type", value: "code"), .init(name: "scope", value: scope),
            .init(name: "state", value: state),
        ] + (decision.map { [.init(name: "decision", value: $0)] } ?? [])
        return try await send("GET", components.url!.absoluteString)
    }

    /// The code the sandbox redirects back with once the user allows.
    func consentCode(scope: String = OAuthTests.allScopes) async throws -> String {
        let reply = try await authorize(scope: scope, decision: "allow")
        let location = URLComponents(string: reply.header("location") ?? "")
        guard let code = location?.queryItems?.first(where: { $0.name == "code" })?.value else {
            throw Failure("no code in \(reply.status) \(reply.header("location") ?? "")")
        }
        return code
    }

    /// POST to the token endpoint (or `path` under /v5) with a form and Basic client credentials.
    func token(
        _ form: [String: String], credentials: String? = "1234:s3cret", path: String = "/oauth/token"
    ) async throws -> Reply {
        let body = form.sorted { $0.key < $1.key }.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
        }.joined(separator: "&")
        var headers = [("Content-Type", "application/x-www-form-urlencoded")]
        if let credentials { headers.append(("Authorization", Self.basic(credentials))) }
        return try await send("POST", server.baseURL.absoluteString + path, body: body, headers: headers)
    }

    /// Consents and exchanges the code: the access and refresh tokens.
    func signIn(scope: String = OAuthTests.allScopes) async throws -> (access: String, refresh: String) {
        let code = try await consentCode(scope: scope)
        let reply = try await token(["grant_type": "authorization_code", "code": code, "redirect_uri": OAuthTests.app.redirectURIs[0]])
        guard let access = reply.object["access_token"] as? String, let refresh = reply.object["refresh_token"] as? String
        else { throw Failure("sign-in answered \(reply.status) \(reply.message)") }
        return (access, refresh)
    }
}
