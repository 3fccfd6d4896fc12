import Foundation
import PinterestAPI

/// One profile's sign-in as stored on disk: which API and app it belongs to, whose account it is, and
/// the tokens.
public struct StoredSignIn: Sendable, Codable, Equatable {
    /// The API root the tokens work with.
    public var apiBaseURL: String
    /// The app that signed in (a refresh must use the same one).
    public var clientId: String
    public var username: String?
    public var tokens: OAuthTokens

    public init(apiBaseURL: String, clientId: String, username: String?, tokens: OAuthTokens) {
        self.apiBaseURL = apiBaseURL
        self.clientId = clientId
        self.username = username
        self.tokens = tokens
    }

    enum CodingKeys: String, CodingKey {
        case apiBaseURL = "api_base_url", clientId = "client_id", username, tokens
    }
}
