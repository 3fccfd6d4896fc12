/// A single value fetched from the API.
public enum Loadable<Value: Sendable & Equatable>: Sendable, Equatable {
    case idle
    case loading
    case loaded(Value)
    case failed(APIFailure)

    /// The loaded value, if any.
    public var value: Value? {
        if case .loaded(let value) = self { value } else { nil }
    }

    /// The failure, if the value could not be fetched.
    public var failure: APIFailure? {
        if case .failed(let failure) = self { failure } else { nil }
    }
}
