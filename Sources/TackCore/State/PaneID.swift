/// Names each list pane of `AppState`, so operations and effects can address one.
public enum PaneID: Hashable, Sendable, CaseIterable {
    case boards, followedBoards, sections, pins, myPins
    case followers, following, businesses, websites

    /// What is loading, for the header: "⟳ loading pins…".
    public var noun: String {
        switch self {
        case .boards: "boards"
        case .followedBoards: "followed boards"
        case .sections: "sections"
        case .pins: "pins"
        case .myPins: "my pins"
        case .followers: "followers"
        case .following: "following"
        case .businesses: "linked businesses"
        case .websites: "websites"
        }
    }
}
