import Foundation

/// The one OAuth app the sandbox knows, and how long the tokens it issues live. With it set, the
/// sandbox serves Pinterest's authorize page at `/oauth/` and token endpoint at `/v5/oauth/token`, and
/// API calls need a token it issued (or the configured `requiredToken`).
public struct SandboxOAuth: Sendable {
    public var clientId: String
    public var clientSecret: String
    /// Redirect addresses registered for the app; the authorize page accepts only these, literally.
    public var redirectURIs: [String]
    public var accessTokenLifetime: Duration
    public var refreshTokenLifetime: Duration

    /// Pinterest's lifetimes: 30 days for an access token, 60 for a continuous refresh token.
    public init(
        clientId: String,
        clientSecret: String,
        redirectURIs: [String] = ["http://localhost:8085/"],
        accessTokenLifetime: Duration = .seconds(30 * 86_400),
        refreshTokenLifetime: Duration = .seconds(60 * 86_400)
    ) {
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.redirectURIs = redirectURIs
        self.accessTokenLifetime = accessTokenLifetime
        self.refreshTokenLifetime = refreshTokenLifetime
    }
}
