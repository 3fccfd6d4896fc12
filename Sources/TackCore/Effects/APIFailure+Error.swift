import PinterestAPI

extension APIFailure {
    /// The failure of a client call: Pinterest's explanation when the client gives one.
    public init(_ error: any Error) {
        if let error = error as? PinterestError {
            self.init(userMessage: error.userMessage, status: error.status, isRetryable: error.isRetryable)
        } else {
            self.init(userMessage: String(describing: error), isRetryable: true)
        }
    }
}
