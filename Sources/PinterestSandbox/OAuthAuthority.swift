import Foundation

/// Issues and checks the sandbox's OAuth codes and tokens, in memory: one-time codes bound to their
/// redirect address, access tokens with scopes and an expiry, and refresh tokens that are replaced on
/// every use (the old one dies), as Pinterest's continuous refresh tokens are.
actor OAuthAuthority {
    /// What an API call's bearer token turned out to be.
    enum TokenCheck: Equatable {
        case valid(scopes: [String])
        case expired
        case unknown
    }

    private struct Grant {
        let scopes: [String]
        let expires: Date
    }

    private struct PendingCode {
        let redirectURI: String
        let scopes: [String]
        let expires: Date
    }

    /// How long a code may wait for its exchange.
    private static let codeLifetime: TimeInterval = 600

    let app: SandboxOAuth
    private let now: @Sendable () -> Date
    private var codes: [String: PendingCode] = [:]
    private var accessTokens: [String: Grant] = [:]
    private var refreshTokens: [String: Grant] = [:]
    private var issued: [OAuthGrant: Int] = [:]

    init(app: SandboxOAuth, now: @escaping @Sendable () -> Date = Date.init) {
        self.app = app
        self.now = now
    }

    /// A fresh one-time code for a consent the user gave.
    func issueCode(redirectURI: String, scopes: [String]) -> String {
        let code = Self.randomToken(prefix: "")
        codes[code] = PendingCode(
            redirectURI: redirectURI, scopes: scopes, expires: now().addingTimeInterval(Self.codeLifetime))
        return code
    }

    /// Exchanges a code for tokens; the code is spent whether or not the exchange succeeds.
    func exchange(code: String, redirectURI: String) throws(APIError) -> OAuthTokenResponse {
        guard let pending = codes.removeValue(forKey: code), pending.expires > now() else {
            throw APIError(
                status: .badRequest, code: 1, message: "The authorization code is invalid, expired or already used.")
        }
        guard pending.redirectURI == redirectURI else {
            throw APIError.invalid("redirect_uri", "does not match the one the code was issued for.")
        }
        return issueTokens(scopes: pending.scopes, grant: .authorizationCode)
    }

    /// New tokens for a live refresh token, which dies in the exchange. `scopes` may narrow, never widen.
    func refresh(_ refreshToken: String, scopes requested: [String]?) throws(APIError) -> OAuthTokenResponse {
        guard let grant = refreshTokens[refreshToken], grant.expires > now() else {
            refreshTokens[refreshToken] = nil
            throw APIError(status: .badRequest, code: 1, message: "The refresh token is invalid or expired.")
        }
        let scopes = requested ?? grant.scopes
        guard Set(scopes).isSubset(of: grant.scopes) else {
            throw APIError.invalid("scope", "asks for more than the user granted.")
        }
        refreshTokens[refreshToken] = nil
        return issueTokens(scopes: scopes, grant: .refreshToken)
    }

    func check(accessToken: String) -> TokenCheck {
        guard let grant = accessTokens[accessToken] else { return .unknown }
        return grant.expires > now() ? .valid(scopes: grant.scopes) : .expired
    }

    /// Forgets an access or refresh token; true when it was one.
    func revoke(_ token: String) -> Bool {
        accessTokens.removeValue(forKey: token) != nil || refreshTokens.removeValue(forKey: token) != nil
    }

    /// How many times each grant has issued tokens.
    func issuedCount(_ grant: OAuthGrant) -> Int { issued[grant, default: 0] }

    private func issueTokens(scopes: [String], grant: OAuthGrant) -> OAuthTokenResponse {
        let issuedAt = now()
        let accessLifetime = Self.seconds(app.accessTokenLifetime)
        let refreshLifetime = Self.seconds(app.refreshTokenLifetime)
        let access = Self.randomToken(prefix: "pina_")
        let refresh = Self.randomToken(prefix: "pinr_")
        accessTokens[access] = Grant(scopes: scopes, expires: issuedAt.addingTimeInterval(accessLifetime))
        let refreshExpiry = issuedAt.addingTimeInterval(refreshLifetime)
        refreshTokens[refresh] = Grant(scopes: scopes, expires: refreshExpiry)
        issued[grant, default: 0] += 1
        return OAuthTokenResponse(
            accessToken: access, expiresIn: Int(accessLifetime), scope: scopes.joined(separator: " "),
            responseType: grant.rawValue, refreshToken: refresh, refreshTokenExpiresIn: Int(refreshLifetime),
            refreshTokenExpiresAt: Int(refreshExpiry.timeIntervalSince1970))
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// 32 random hex digits after `prefix`.
    private static func randomToken(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let words = (0..<2).map { _ in String(generator.next() as UInt64, radix: 16) }
        return prefix + words.map { String(repeating: "0", count: 16 - $0.count) + $0 }.joined()
    }
}

/// The token endpoint's answer, as Pinterest writes it (`OauthAccessTokenResponse`).
struct OAuthTokenResponse: Encodable, Sendable {
    let accessToken: String
    var tokenType = "bearer"
    let expiresIn: Int
    /// Space-separated, as Pinterest's live answers are.
    let scope: String
    let responseType: String
    let refreshToken: String
    let refreshTokenExpiresIn: Int
    let refreshTokenExpiresAt: Int

    init(
        accessToken: String, expiresIn: Int, scope: String, responseType: String, refreshToken: String,
        refreshTokenExpiresIn: Int, refreshTokenExpiresAt: Int
    ) {
        self.accessToken = accessToken
        self.expiresIn = expiresIn
        self.scope = scope
        self.responseType = responseType
        self.refreshToken = refreshToken
        self.refreshTokenExpiresIn = refreshTokenExpiresIn
        self.refreshTokenExpiresAt = refreshTokenExpiresAt
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token", tokenType = "token_type", expiresIn = "expires_in", scope
        case responseType = "response_type", refreshToken = "refresh_token"
        case refreshTokenExpiresIn = "refresh_token_expires_in", refreshTokenExpiresAt = "refresh_token_expires_at"
    }
}
