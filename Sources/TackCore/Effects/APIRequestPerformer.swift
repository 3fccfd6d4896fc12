/// Performs one `APIRequest` and turns its outcome into the action that reports it.
/// The store runs it for every `.request` effect; tests give the store a fake.
public protocol APIRequestPerformer: Sendable {
    func perform(_ request: APIRequest) async -> Action

    /// Performs `request`, telling `progress` what happens before the answer (see `RequestProgress`).
    /// The default reports nothing.
    func perform(_ request: APIRequest, progress: @escaping @Sendable (RequestProgress) async -> Void) async -> Action
}

extension APIRequestPerformer {
    public func perform(
        _ request: APIRequest, progress: @escaping @Sendable (RequestProgress) async -> Void
    ) async -> Action {
        await perform(request)
    }
}
