import Foundation

/// Polls `condition` until it holds or `timeout` passes: for state that the app changes asynchronously,
/// such as the sandbox's data after a key press. Returns whether it held.
func eventually(
    timeout: Duration = .seconds(15), _ condition: () async throws -> Bool
) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(100))
    }
    return try await condition()
}
