import PinterestAPI

extension APIFailure {
    /// The failure of a client call: Pinterest's explanation when the client gives one.
    public init(_ error: any Error) {
        if let error = error as? PinterestError {
            self.init(userMessage: error.userMessage, status: error.status, isRetryable: error.isRetryable)
        } else if let error = error as? MediaResolutionError {
            // A local file that is missing, unreadable or refused fails the same way until it is changed.
            self.init(userMessage: error.description, isRetryable: false)
        } else {
            self.init(userMessage: String(describing: error), isRetryable: true)
        }
    }
}
