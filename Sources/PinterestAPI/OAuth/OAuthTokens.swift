import Foundation

/// What a sign-in or a refresh gave: the tokens, when each stops working, and the scopes granted.
/// Its descriptions never show a token.
public struct OAuthTokens: Sendable, Codable, Equatable, CustomStringConvertible, CustomReflectable {
    public var accessToken: String
    public var issuedAt: Date
    public var accessTokenExpiresAt: Date
    public var refreshToken: String?
    public var refreshTokenExpiresAt: Date?
    public var scopes: [String]

    public init(
        accessToken: String, issuedAt: Date, accessTokenExpiresAt: Date, refreshToken: String?, refreshTokenExpiresAt: Date?,
        scopes: [String]
    ) {
        self.accessToken = accessToken
        self.issuedAt = issuedAt
        self.accessTokenExpiresAt = accessTokenExpiresAt
        self.refreshToken = refreshToken
        self.refreshTokenExpiresAt = refreshTokenExpiresAt
        self.scopes = scopes
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token", issuedAt = "issued_at", accessTokenExpiresAt = "access_token_expires_at"
        case refreshToken = "refresh_token", refreshTokenExpiresAt = "refresh_token_expires_at", scopes
    }

    public var description: String {
        "OAuthTokens(accessToken: <redacted>, accessTokenExpiresAt: \(accessTokenExpiresAt), "
            + "refreshToken: \(refreshToken == nil ? "nil" : "<redacted>"), scopes: \(scopes))"
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["accessTokenExpiresAt": accessTokenExpiresAt, "scopes": scopes])
    }

    /// Whether a refresh token is there and still alive at `now`.
    public func canRefresh(at now: Date) -> Bool {
        guard refreshToken != nil else { return false }
        return refreshTokenExpiresAt.map { $0 > now } ?? true
    }

    /// Whether the access token should be replaced before use at `now`: it is dead or has less than a
    /// fifth of its lifetime (at most a day) left.
    public func accessTokenIsDue(at now: Date) -> Bool {
        let lifetime = accessTokenExpiresAt.timeIntervalSince(issuedAt)
        return accessTokenExpiresAt.timeIntervalSince(now) < min(86_400, lifetime / 5)
    }
}
