import Foundation

/// A Pinterest app registered on the developer site: what signs users in. Its descriptions never
/// show the secret.
public struct OAuthApp: Sendable, CustomStringConvertible, CustomReflectable {
    /// The environment variables the app's id and secret may come from.
    public static let clientIdVariable = "PINTEREST_CLIENT_ID"
    public static let clientSecretVariable = "PINTEREST_CLIENT_SECRET"
    /// Pinterest's consent page.
    public static let pinterestAuthorizeURL = URL(string: "https://www.pinterest.com/oauth/")!
    /// The address the quickstart registers, and Tack's default.
    public static let defaultRedirectURI = "http://localhost:8085/"

    public var clientId: String
    public var clientSecret: String

    public init(clientId: String, clientSecret: String) {
        self.clientId = clientId
        self.clientSecret = clientSecret
    }

    public var description: String { "OAuthApp(clientId: \(clientId), clientSecret: <redacted>)" }
    public var customMirror: Mirror { Mirror(self, children: ["clientId": clientId, "clientSecret": "<redacted>"]) }

    /// The consent page for an API root: Pinterest's for api.pinterest.com and its sandbox, and the
    /// server's own `/oauth/` for any other host (Tack's sandbox serves one there).
    public static func authorizeURL(forAPI baseURL: URL) -> URL {
        guard let host = baseURL.host(), !host.hasSuffix("pinterest.com") else { return pinterestAuthorizeURL }
        var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)!
        components.path = "/oauth/"
        components.query = nil
        return components.url!
    }
}
