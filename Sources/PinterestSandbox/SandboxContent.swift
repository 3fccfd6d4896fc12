/// What a new sandbox database is seeded with.
public enum SandboxContent: Sendable, Hashable {
    /// The demo account with its boards, sections, pins, followers, websites and businesses.
    case demo
    /// The demo account alone: no boards, pins, people, websites or businesses (an import's target).
    case empty
}
