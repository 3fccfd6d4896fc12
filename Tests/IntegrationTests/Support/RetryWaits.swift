/// The client's retry sleep in integration tests: records every wait the client asks for, runs the
/// test's hook (for instance healing the sandbox), then really waits, so retries happen end to end.
actor RetryWaits {
    private(set) var recorded: [Duration] = []
    private var duringWait: (@Sendable () async -> Void)?

    /// Runs `action` at the start of every later wait.
    func onWait(_ action: @escaping @Sendable () async -> Void) {
        duringWait = action
    }

    func wait(_ duration: Duration) async throws {
        recorded.append(duration)
        await duringWait?()
        try await Task.sleep(for: duration)
    }
}
