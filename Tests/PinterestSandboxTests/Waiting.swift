import Foundation

/// Polls `condition` until it holds or `timeout` passes: for state the server changes asynchronously.
/// Returns whether it held.
func eventually(timeout: Duration = .seconds(10), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

/// What `work` returns if it ends within `timeout`, else nil. When it does not end, it goes on in the
/// background: a test that fails should not also hang.
func result<Value: Sendable>(within timeout: Duration, of work: @escaping @Sendable () async -> Value) async -> Value? {
    let (outcome, report) = AsyncStream.makeStream(of: Value?.self)
    Task { report.yield(await work()) }
    let timer = Task {
        try? await Task.sleep(for: timeout)
        report.yield(nil)
    }
    defer { timer.cancel() }
    for await value in outcome { return value }
    return nil
}

/// Whether `work` ends within `timeout`.
func completes(within timeout: Duration, _ work: @escaping @Sendable () async -> Void) async -> Bool {
    await result(within: timeout, of: work) != nil
}
