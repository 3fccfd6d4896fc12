/// What a running request reports before its answer.
public enum RequestProgress: Hashable, Sendable {
    /// An attempt left for Pinterest: a write's first, or any request's retry. From then on a write
    /// may be applied even if its answer never comes.
    case sent
    /// Pinterest refused the last attempt with 429 (so it applied nothing); the client sends it
    /// again by itself after `retryIn`.
    case rateLimited(retryIn: Duration)
}
