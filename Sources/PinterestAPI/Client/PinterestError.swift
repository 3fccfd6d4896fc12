/// Every failure the client reports: HTTP errors, rate limits, network failures and timeouts,
/// undecodable responses, pagination loops, a missing or unusable token or base URL, a request
/// refused before sending. Never contains the access token: the client removes it from all text
/// that comes from a server or a transport.
public struct PinterestError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The server answered with an error status.
        case http
        /// No response within the request timeout.
        case timedOut
        /// The request could not be sent or the connection dropped.
        case network
        /// A success response whose body did not match the expected shape (or a request body
        /// that could not be encoded).
        case decoding
        /// A list returned a bookmark it had already returned: following it would loop forever.
        case repeatedBookmark
        /// No access token was configured.
        case missingToken
        /// The token or the base URL cannot be used (a control character in the token, a URL
        /// without a host, a server that is no Pinterest API root); the message says which.
        case invalidConfiguration
        /// A request the client refused to send because it cannot succeed (an image over
        /// Pinterest's size limit). Nothing was sent.
        case invalidRequest
        /// The stored sign-in can no longer be refreshed (its refresh token died or was refused):
        /// only signing in again helps.
        case signInEnded
    }

    public var kind: Kind
    /// The HTTP status, when the server answered.
    public var status: Int?
    /// Pinterest's error code from the body (3: missing scope, 8: rate limit, 40: board not found…).
    public var code: Int?
    /// Pinterest's message, or a description of the local failure.
    public var message: String
    /// The transport's own description of a network failure, for logs; never part of `userMessage`.
    public var technicalDetail: String?
    /// The operation id, e.g. `board_sections/create`.
    public var operation: String?
    /// What the docs say this status means for this operation.
    public var documentedMeaning: String?
    /// The scopes the operation needs (shown when the token lacks one).
    public var requiredScopes: [String]
    /// How long the server asked to wait before trying again.
    public var retryAfter: Duration?
    /// A write (POST or PATCH) that timed out or lost its connection: the server may have applied it,
    /// so repeating it could apply it twice.
    public var mayHaveBeenApplied: Bool

    public init(
        kind: Kind, status: Int? = nil, code: Int? = nil, message: String, operation: String? = nil,
        documentedMeaning: String? = nil, requiredScopes: [String] = [], retryAfter: Duration? = nil,
        mayHaveBeenApplied: Bool = false, technicalDetail: String? = nil
    ) {
        self.kind = kind
        self.status = status
        self.code = code
        self.message = message
        self.operation = operation
        self.documentedMeaning = documentedMeaning
        self.requiredScopes = requiredScopes
        self.retryAfter = retryAfter
        self.mayHaveBeenApplied = mayHaveBeenApplied
        self.technicalDetail = technicalDetail
    }

    /// Pinterest's body code for "token lacks a scope" (sent with HTTP 401).
    public static let insufficientScopeCode = 3

    /// A 409 on renaming a section is a name conflict: the same request fails again.
    private static let sectionRename = OperationDescriptor.boardSectionsUpdate.id

    /// Whether trying the same request again later may succeed (and cannot apply a write twice):
    /// rate limits, server errors, a busy board (409), failed connections and timeouts. Never for
    /// what the same request meets again: 400, 401, 403, 404, 413, a bad token or URL, an oversized image.
    public var isRetryable: Bool {
        switch kind {
        case .timedOut, .network: !mayHaveBeenApplied
        case .http: status == 429 || (status ?? 0) >= 500 || (status == 409 && operation != Self.sectionRename)
        case .decoding, .repeatedBookmark, .missingToken, .invalidConfiguration, .invalidRequest, .signInEnded: false
        }
    }

    /// How to give Tack a token Pinterest takes: the one place that says it.
    public static let howToSupplyAToken = "run `tack auth login` or set \(ClientConfiguration.accessTokenVariable)"

    /// What a 401 without a missing scope says, whatever Pinterest's own words ("Authentication failed.").
    public static let tokenRefusedMessage = "Pinterest refused the token (expired or revoked): \(howToSupplyAToken)"

    /// What went wrong and what the user can do, in one line for the status bar.
    public var userMessage: String {
        if isTokenRefusal { return Self.tokenRefusedMessage }
        let advice = self.advice
        guard !message.isEmpty, message != advice else { return advice }
        return advice.isEmpty ? message : "\(message) (\(advice))"
    }

    /// The user message with the operation, status, code and technical detail: for logs.
    public var description: String {
        var parts = ["PinterestError.\(kind)"]
        if let operation { parts.append(operation) }
        if let status { parts.append("HTTP \(status)") }
        if let code { parts.append("code \(code)") }
        parts.append(userMessage)
        if let technicalDetail { parts.append("[\(technicalDetail)]") }
        return parts.joined(separator: " ")
    }

    /// What to do, when `message` does not say it already. Network and timeout messages are whole
    /// sentences (see `RequestExecutor`); only a write that may have been applied gets advice here.
    private var advice: String {
        switch kind {
        case .timedOut where mayHaveBeenApplied, .network where mayHaveBeenApplied:
            return "the change may have gone through: reload to check before trying again"
        case .decoding:
            return "unexpected response from the server"
        case .repeatedBookmark:
            return "stopped to avoid looping"
        case .timedOut, .network, .missingToken, .invalidConfiguration, .invalidRequest:
            return ""
        case .signInEnded:
            return "run `tack auth login` to sign in again"
        case .http:
            return httpAdvice
        }
    }

    /// A 401 that is not about a missing scope: the token itself was refused.
    /// A 401 of an API call (the token endpoint's 401 refuses the app, and says so itself).
    private var isTokenRefusal: Bool {
        kind == .http && status == 401 && code != Self.insufficientScopeCode && operation != OAuthTokenEndpoint.operation
    }

    private var httpAdvice: String {
        switch status {
        case 401 where code == Self.insufficientScopeCode:
            // Pinterest keeps the scopes granted before, so signing in with these adds them.
            guard !requiredScopes.isEmpty else { return "token lacks a required scope: run `tack auth login` to grant it" }
            return "token lacks scope \(requiredScopes.joined(separator: ", ")): "
                + "run `tack auth login --scopes \(requiredScopes.joined(separator: ","))` to add it"
        case 429:
            if let retryAfter {
                return "rate limited: wait \(Self.seconds(retryAfter)) s"
            }
            return "rate limited: wait a moment and try again"
        default:
            return documentedMeaning ?? Self.genericMeaning(status: status)
        }
    }

    private static func genericMeaning(status: Int?) -> String {
        switch status ?? 0 {
        case 400: "the request was rejected as invalid"
        case 403: "not permitted"
        case 404: "not found"
        case 409: "conflict: try again"
        case 413: "the request is too large for the server"
        case 500...599: "Pinterest had a server error: try again"
        default: "unexpected error"
        }
    }

    private static func seconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds + (attoseconds > 0 ? 1 : 0)
    }
}
