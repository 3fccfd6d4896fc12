import PinterestAPI

extension APIFailure {
    /// The failure of a client call: Pinterest's explanation when the client gives one. Only the
    /// client's own judgement makes a failure retryable; anything else is shown as it is or, when it
    /// is no error Tack knows, as a sentence pointing at the log (where the performer writes it whole).
    public init(_ error: any Error) {
        switch error {
        case let error as PinterestError:
            self.init(userMessage: error.userMessage, status: error.status, isRetryable: error.isRetryable)
        case let error as MediaResolutionError:
            self.init(userMessage: error.description, isRetryable: false)
        default:
            self.init(userMessage: "Something unexpected went wrong: the log file has the details", isRetryable: false)
        }
    }
}
