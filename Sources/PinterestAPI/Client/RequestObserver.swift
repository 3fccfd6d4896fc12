/// Hears what the client does with the requests of one task while they run: each attempt handed to
/// the transport, and each wait before a retry. The client knows nothing of who listens; a caller
/// that wants to know (the app, to say a save has left or to count a rate limit down) binds one
/// around its calls with `RequestObserver.$current.withValue(_:operation:)`.
public struct RequestObserver: Sendable {
    /// Called just before an attempt (counted from 1) is handed to the transport: from then on the
    /// server may get it.
    public var willSend: @Sendable (_ attempt: Int) async -> Void
    /// Called before the client sleeps `delay` to retry after `error` (a 429, a server error, a lost
    /// connection of a request that is safe to repeat).
    public var willRetry: @Sendable (_ delay: Duration, _ error: PinterestError) async -> Void

    public init(
        willSend: @escaping @Sendable (Int) async -> Void = { _ in },
        willRetry: @escaping @Sendable (Duration, PinterestError) async -> Void = { _, _ in }
    ) {
        self.willSend = willSend
        self.willRetry = willRetry
    }

    /// The observer of the requests made by the current task and its child tasks.
    @TaskLocal public static var current: RequestObserver?
}
