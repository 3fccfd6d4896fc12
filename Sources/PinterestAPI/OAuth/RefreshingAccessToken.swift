import Foundation

/// A signed-in user's tokens, refreshed when the access token nears its end and once when the server
/// refuses it. Concurrent requests share one refresh. Each refresh's new tokens are handed to `save`
/// (which stores them) before they are used, since the old refresh token dies in the exchange.
public actor RefreshingAccessToken: AccessTokenSource {
    private var tokens: OAuthTokens
    /// nil when the app's secret is not at hand: the access token is used until it dies.
    private let endpoint: OAuthTokenEndpoint?
    private let save: @Sendable (OAuthTokens) async throws -> Void
    private let now: @Sendable () -> Date
    private var refreshing: Task<OAuthTokens, any Error>?

    public init(
        tokens: OAuthTokens, endpoint: OAuthTokenEndpoint?, now: @escaping @Sendable () -> Date = Date.init,
        save: @escaping @Sendable (OAuthTokens) async throws -> Void
    ) {
        self.tokens = tokens
        self.endpoint = endpoint
        self.now = now
        self.save = save
    }

    public func currentToken() async throws(PinterestError) -> String {
        let now = now()
        guard tokens.accessTokenIsDue(at: now), endpoint != nil, tokens.canRefresh(at: now) else {
            return tokens.accessToken
        }
        do {
            return try await refreshed().accessToken
        } catch where tokens.accessTokenExpiresAt > now && error.kind != .signInEnded {
            // An early refresh that failed for now (no network): the current token still works.
            return tokens.accessToken
        }
    }

    public func replacement(forRefused token: String) async throws(PinterestError) -> String? {
        guard endpoint != nil else { return nil }
        // Another request refreshed while this one was out: use what it got.
        if token != tokens.accessToken { return tokens.accessToken }
        return try await refreshed().accessToken
    }

    /// The tokens after one refresh, started by the first caller and awaited by the rest.
    private func refreshed() async throws(PinterestError) -> OAuthTokens {
        let task: Task<OAuthTokens, any Error>
        if let refreshing {
            task = refreshing
        } else {
            guard let endpoint, let refreshToken = tokens.refreshToken, tokens.canRefresh(at: now()) else {
                throw PinterestError(
                    kind: .signInEnded, message: "The sign-in has ended: its refresh token has expired",
                    operation: OAuthTokenEndpoint.operation)
            }
            let save = self.save
            task = Task {
                let fresh = try await endpoint.refresh(refreshToken)
                try await save(fresh)
                return fresh
            }
            refreshing = task
        }
        do {
            let fresh = try await task.value
            tokens = fresh
            refreshing = nil
            return fresh
        } catch let error as PinterestError {
            refreshing = nil
            throw error
        } catch {
            refreshing = nil
            throw PinterestError(
                kind: .invalidConfiguration, message: "The refreshed sign-in could not be saved: \(error)",
                operation: OAuthTokenEndpoint.operation)
        }
    }
}
