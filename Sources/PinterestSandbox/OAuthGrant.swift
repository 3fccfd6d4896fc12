/// The two grants the token endpoint serves, by their `grant_type` values.
public enum OAuthGrant: String, Sendable, CaseIterable {
    case authorizationCode = "authorization_code"
    case refreshToken = "refresh_token"
}
