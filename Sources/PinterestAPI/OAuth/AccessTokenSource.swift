/// Where a client's bearer token comes from when it can change while the client runs (a sign-in that
/// refreshes itself). Without one, the client sends `ClientConfiguration.accessToken`.
public protocol AccessTokenSource: Sendable {
    /// The token to send now; may refresh it first when it is about to expire.
    func currentToken() async throws(PinterestError) -> String
    /// A token to repeat the request with after the server refused `token` as invalid or expired, or
    /// nil when there is none (the refusal then stands).
    func replacement(forRefused token: String) async throws(PinterestError) -> String?
}
