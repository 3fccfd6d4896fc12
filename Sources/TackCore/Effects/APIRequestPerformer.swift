/// Performs one `APIRequest` and turns its outcome into the action that reports it.
/// The store runs it for every `.request` effect; tests give the store a fake.
public protocol APIRequestPerformer: Sendable {
    func perform(_ request: APIRequest) async -> Action
}
