/// A failed API call, reduced to what the UI shows and decides on.
public struct APIFailure: Error, Hashable, Sendable {
    /// What went wrong and what the user can do, ready to display.
    public var userMessage: String
    /// The HTTP status, or nil for network failures and timeouts.
    public var status: Int?
    /// Whether repeating the same request may succeed.
    public var isRetryable: Bool

    public init(userMessage: String, status: Int? = nil, isRetryable: Bool = false) {
        self.userMessage = userMessage
        self.status = status
        self.isRetryable = isRetryable
    }
}
