/// Performs one `APIRequest` and turns its outcome into the actions that report it.
/// The store runs it for every `.request` effect; tests give the store a fake.
public protocol APIRequestPerformer: Sendable {
    /// Performs `request`: every answer before the last is handed to `send`, which returns once the
    /// store has it, and the last is returned. Only `.pages` answers more than once (once a page).
    /// What happens before an answer (a write leaving, a rate-limit wait) is told to `progress`.
    func perform(
        _ request: APIRequest, sending send: @escaping @Sendable (Action) async -> Void,
        progress: @escaping @Sendable (RequestProgress) async -> Void
    ) async -> Action
}

extension APIRequestPerformer {
    /// Performs `request` and returns its last answer (its only one, but for `.pages`).
    public func perform(_ request: APIRequest) async -> Action {
        await perform(request, sending: { _ in })
    }

    /// Performs `request`, reporting no progress.
    public func perform(_ request: APIRequest, sending send: @escaping @Sendable (Action) async -> Void) async -> Action {
        await perform(request, sending: send, progress: { _ in })
    }
}
