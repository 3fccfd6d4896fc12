import Foundation
import PinterestAPI
import PinterestSandbox
import Testing

/// Signing in and staying signed in, against the sandbox's OAuth endpoints over loopback HTTP: the code
/// exchange, refreshes before and after expiry, one refresh for many requests, and a sign-in that ended.
@Suite struct SignInTests {
    static let app = OAuthApp(clientId: "4242", clientSecret: "sandbox-secret")
    static let redirect = "http://localhost:8085/"
    /// For the token endpoint and the consent page; lives as long as the test process.
    static let transport = AsyncHTTPClientTransport()

    static func sandbox(accessTokenLifetime: Duration = .seconds(3600)) -> SandboxConfiguration {
        SandboxConfiguration(oauth: SandboxOAuth(
            clientId: app.clientId, clientSecret: app.clientSecret, redirectURIs: [redirect],
            accessTokenLifetime: accessTokenLifetime))
    }

    @Test func aConsentsCodeIsExchangedForTokensThatReadTheAccount() async throws {
        try await Integration.run(Self.sandbox()) { world in
            let tokens = try await world.signIn(scopes: ["user_accounts:read", "boards:read"])
            #expect(tokens.scopes == ["user_accounts:read", "boards:read"])
            #expect(tokens.refreshToken != nil)
            #expect(tokens.accessTokenExpiresAt.timeIntervalSince(tokens.issuedAt) == 3600)
            let client = world.client(using: StaticSource(token: tokens.accessToken))
            #expect(try await client.userAccountGet().username == Demo.username)
            try await client.shutdown()
        }
    }

    @Test func aWrongSecretIsRefusedWithoutShowingIt() async throws {
        try await Integration.run(Self.sandbox()) { world in
            let code = try await world.consentCode(scopes: ["boards:read"])
            let wrong = OAuthTokenEndpoint(
                baseURL: world.server.baseURL, app: OAuthApp(clientId: Self.app.clientId, clientSecret: "not-the-secret-at-all"),
                transport: Self.transport)
            let error = try await expectPinterestError { _ = try await wrong.exchange(code: code, redirectURI: Self.redirect) }
            #expect(error.status == 401)
            #expect(error.userMessage.contains("PINTEREST_CLIENT_SECRET"))
            #expect(!error.description.contains("not-the-secret-at-all"))
        }
    }

    @Test func aLongRunWithAShortLivedTokenRefreshesUnseen() async throws {
        try await Integration.run(Self.sandbox(accessTokenLifetime: .seconds(2))) { world in
            let saved = SavedTokens()
            let source = RefreshingAccessToken(
                tokens: try await world.signIn(scopes: ["boards:read"]), endpoint: world.tokenEndpoint,
                save: { await saved.append($0) })
            let client = world.client(using: source)
            let deadline = ContinuousClock.now + .seconds(30)
            while await world.server.tokensIssued(by: .refreshToken) < 2, ContinuousClock.now < deadline {
                _ = try await client.boardsList(pageSize: 1)
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(await world.server.tokensIssued(by: .refreshToken) >= 2, "every request succeeded across two refreshes")
            #expect(await saved.count == world.server.tokensIssued(by: .refreshToken), "each refresh was saved")
            try await client.shutdown()
        }
    }

    @Test func concurrentRequestsAtExpiryShareOneRefresh() async throws {
        try await Integration.run(Self.sandbox()) { world in
            var tokens = try await world.signIn(scopes: ["boards:read"])
            tokens.issuedAt = Date(timeIntervalSinceNow: -7200)
            tokens.accessTokenExpiresAt = Date(timeIntervalSinceNow: -1)
            let source = RefreshingAccessToken(tokens: tokens, endpoint: world.tokenEndpoint, save: { _ in })
            let client = world.client(using: source)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<12 { group.addTask { _ = try await client.boardsList(pageSize: 1) } }
                try await group.waitForAll()
            }
            #expect(await world.server.tokensIssued(by: .refreshToken) == 1)
            try await client.shutdown()
        }
    }

    @Test func aRefusedTokenIsRefreshedOnceAndTheRequestRepeated() async throws {
        try await Integration.run(Self.sandbox()) { world in
            var tokens = try await world.signIn(scopes: ["boards:read"])
            tokens.accessToken = "pina_revoked_elsewhere"
            let source = RefreshingAccessToken(tokens: tokens, endpoint: world.tokenEndpoint, save: { _ in })
            let client = world.client(using: source)
            #expect(try await client.boardsList(pageSize: 1).items.count == 1)
            #expect(await world.server.tokensIssued(by: .refreshToken) == 1)
            try await client.shutdown()
        }
    }

    @Test func aDeadRefreshTokenEndsTheSignIn() async throws {
        try await Integration.run(Self.sandbox()) { world in
            var tokens = try await world.signIn(scopes: ["boards:read"])
            tokens.accessToken = "pina_expired"
            tokens.refreshToken = "pinr_dead"
            let source = RefreshingAccessToken(tokens: tokens, endpoint: world.tokenEndpoint, save: { _ in })
            let client = world.client(using: source)
            let error = try await expectPinterestError { _ = try await client.boardsList(pageSize: 1) }
            #expect(error.kind == .signInEnded)
            #expect(error.userMessage.contains("tack auth login"))
            #expect(!error.description.contains("pinr_dead"))
            try await client.shutdown()
        }
    }

    @Test func aMissingScopeIsNotARefreshCase() async throws {
        try await Integration.run(Self.sandbox()) { world in
            let source = RefreshingAccessToken(
                tokens: try await world.signIn(scopes: ["boards:read"]), endpoint: world.tokenEndpoint, save: { _ in })
            let client = world.client(using: source)
            let error = try await expectPinterestError { _ = try await client.userAccountGet() }
            #expect(error.code == PinterestError.insufficientScopeCode)
            #expect(error.requiredScopes == ["user_accounts:read"])
            #expect(error.userMessage.contains(
                "token lacks scope user_accounts:read: run `tack auth login --scopes user_accounts:read` to add it"))
            #expect(await world.server.tokensIssued(by: .refreshToken) == 0)
            try await client.shutdown()
        }
    }
}

/// A token that never changes, through the token-source path.
private struct StaticSource: AccessTokenSource {
    let token: String
    func currentToken() async throws(PinterestError) -> String { token }
    func replacement(forRefused token: String) async throws(PinterestError) -> String? { nil }
}

private actor SavedTokens {
    private var all: [OAuthTokens] = []
    func append(_ tokens: OAuthTokens) { all.append(tokens) }
    var count: Int { all.count }
}

extension Integration {
    var tokenEndpoint: OAuthTokenEndpoint {
        OAuthTokenEndpoint(baseURL: server.baseURL, app: SignInTests.app, transport: SignInTests.transport)
    }

    /// A client of this world's sandbox whose token comes from `source`.
    func client(using source: any AccessTokenSource) -> PinterestClient {
        PinterestClient(configuration: ClientConfiguration(baseURL: server.baseURL, accessToken: "", tokenSource: source))
    }

    /// The code the sandbox's consent page redirects back with once the user allows.
    func consentCode(scopes: [String]) async throws -> String {
        let request = AuthorizationRequest(
            app: SignInTests.app, authorizeURL: OAuthApp.authorizeURL(forAPI: server.baseURL),
            redirectURI: SignInTests.redirect, scopes: scopes)
        let page = try await SignInTests.transport.send(HTTPRequest(
            method: .get, url: URL(string: request.url.absoluteString + "&decision=allow")!, headers: [], body: nil,
            timeout: .seconds(10)))
        return try request.code(from: page.header("Location") ?? "")
    }

    func signIn(scopes: [String]) async throws -> OAuthTokens {
        try await tokenEndpoint.exchange(code: try await consentCode(scopes: scopes), redirectURI: SignInTests.redirect)
    }
}
