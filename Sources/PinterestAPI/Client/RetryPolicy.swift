/// When and how long the client waits before repeating a failed request.
///
/// Rate limits (429) are retried for every method, since the server refused the request.
/// Server errors, timeouts and dropped connections are retried only for GET and DELETE:
/// a POST or PATCH may already have been applied.
public struct RetryPolicy: Sendable {
    /// Attempts in total, the first one included.
    public var maxAttempts: Int
    /// The wait before the first retry; it doubles for each further retry.
    public var baseDelay: Duration
    /// The longest backoff wait.
    public var maxDelay: Duration
    /// The longest wait the server may ask for (Retry-After, X-RateLimit-Reset). Longer waits are
    /// not slept: the error is reported with `retryAfter` instead.
    public var maxServerDelay: Duration
    /// Waits for a duration; replaceable so tests can observe waits without spending them.
    /// Must throw `CancellationError` when the task is cancelled.
    public var sleep: @Sendable (Duration) async throws -> Void

    public init(
        maxAttempts: Int = 4,
        baseDelay: Duration = .milliseconds(500),
        maxDelay: Duration = .seconds(8),
        maxServerDelay: Duration = .seconds(60),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxServerDelay = maxServerDelay
        self.sleep = sleep
    }

    public static let standard = RetryPolicy()
    public static let never = RetryPolicy(maxAttempts: 1)

    /// Exponential backoff with jitter: a random wait between half and all of
    /// `baseDelay * 2^(retry - 1)`, capped at `maxDelay`. `retry` counts from 1.
    public func backoff(retry: Int) -> Duration {
        let ceiling = min(maxDelay, baseDelay * (1 << min(retry - 1, 30)))
        return ceiling * Double.random(in: 0.5...1.0)
    }
}
