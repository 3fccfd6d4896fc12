import Foundation
import PinterestAPI
import TackCore

/// The account the UI opens on, from the first of (as the README documents): PINTEREST_ACCESS_TOKEN,
/// the config's `access_token`, the profile's stored sign-in.
enum AccountCredentials {
    case token(String)
    /// A stored sign-in, refreshed as it runs and saved again after each refresh.
    case signIn(StoredSignIn, profile: String, store: CredentialStore)

    /// The API root a stored sign-in belongs to, used when neither --api nor the config names one.
    var signedInAPI: String? {
        if case .signIn(let signIn, _, _) = self { return signIn.apiBaseURL }
        return nil
    }

    /// The profile's name when the account comes from one.
    var profile: String? {
        if case .signIn(_, let profile, _) = self { return profile }
        return nil
    }

    /// The client's configuration: a fixed token, or a refreshing one that can refresh only when the
    /// app's secret is at hand (else it is used until it expires).
    func clientConfiguration(
        baseURL: URL, transport: any HTTPTransport, environment: [String: String], settings: TackConfig
    ) -> ClientConfiguration {
        switch self {
        case .token(let token):
            return ClientConfiguration(baseURL: baseURL, accessToken: token)
        case .signIn(let signIn, let profile, let store):
            let secret = try? OAuthAppSource.clientSecret(environment: environment, config: settings)
            let endpoint = secret.map {
                OAuthTokenEndpoint(
                    baseURL: baseURL, app: OAuthApp(clientId: signIn.clientId, clientSecret: $0), transport: transport)
            }
            let source = RefreshingAccessToken(tokens: signIn.tokens, endpoint: endpoint) { tokens in
                var renewed = signIn
                renewed.tokens = tokens
                try store.save(renewed, profile: profile)
            }
            return ClientConfiguration(baseURL: baseURL, accessToken: signIn.tokens.accessToken, tokenSource: source)
        }
    }
}
