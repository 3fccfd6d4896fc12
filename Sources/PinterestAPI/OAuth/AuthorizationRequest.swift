import Foundation

/// One sign-in attempt: the consent page's address for it, and the `state` that ties the answer to it.
public struct AuthorizationRequest: Sendable {
    public let app: OAuthApp
    public let authorizeURL: URL
    public let redirectURI: String
    public let scopes: [String]
    /// A fresh random value the answer must carry back, so a forged redirect is refused.
    public let state: String

    public init(app: OAuthApp, authorizeURL: URL, redirectURI: String, scopes: [String], state: String = Self.newState()) {
        self.app = app
        self.authorizeURL = authorizeURL
        self.redirectURI = redirectURI
        self.scopes = scopes
        self.state = state
    }

    /// The consent page with the request's parameters; scopes comma-separated, as Pinterest takes them.
    public var url: URL {
        var components = URLComponents(url: authorizeURL, resolvingAgainstBaseURL: false)!
        components.queryItems = (components.queryItems ?? []) + [
            URLQueryItem(name: "client_id", value: app.clientId),
            URLQueryItem(name: "redirect_uri", value: redirectURI),
            URLQueryItem(name: "response_type", value: "code"),
            URLQueryItem(name: "scope", value: scopes.joined(separator: ",")),
            URLQueryItem(name: "state", value: state),
            URLQueryItem(name: "refreshable", value: "true"),
        ]
        // URLComponents leaves `:`, `/` and `+` as they are in a query; encode them so nothing is misread.
        components.percentEncodedQuery = components.percentEncodedQuery?
            .replacingOccurrences(of: "+", with: "%2B")
        return components.url!
    }

    /// The code in what came back: the redirected address (pasted or received), or a bare code pasted
    /// alone. Refuses an answer whose `state` is not this request's, and a denied consent.
    public func code(from answer: String) throws(AuthorizationFailure) -> String {
        let text = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.contains("?") || text.contains("=") else {
            guard !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || "-_.~".contains($0) }) else {
                throw .unreadable
            }
            return text
        }
        let query = text.split(separator: "?", maxSplits: 1).last.map(String.init) ?? text
        var components = URLComponents()
        components.percentEncodedQuery = query.split(separator: "#").first.map(String.init)
        let items = components.queryItems ?? []
        func value(_ name: String) -> String? { items.first { $0.name == name }?.value }
        if let error = value("error") { throw .refused(error) }
        guard value("state") == state else { throw .stateMismatch }
        guard let code = value("code"), !code.isEmpty else { throw .unreadable }
        return code
    }

    public static func newState() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
    }
}

/// Why an answer to a sign-in gave no code.
public enum AuthorizationFailure: Error, Equatable, CustomStringConvertible {
    /// Pinterest redirected back with `error=` (the user denied, or the request was wrong).
    case refused(String)
    /// The answer belongs to another sign-in (or a forged one).
    case stateMismatch
    case unreadable

    public var description: String {
        switch self {
        case .refused("access_denied"): "You declined the sign-in on Pinterest's page."
        case .refused(let error): "Pinterest refused the sign-in (\(error))."
        case .stateMismatch: "That answer belongs to another sign-in (its state does not match): start again."
        case .unreadable: "That is neither the address Pinterest sent you to nor a code."
        }
    }
}
