extension ListSource {
    /// Whether this list shows a pin on `boardId`, in `sectionId` (nil: on the board, in no section).
    /// A board's list shows the pins of all its sections.
    public func showsPin(onBoard boardId: String, inSection sectionId: String?) -> Bool {
        switch self {
        case .boardPins(let shownBoard): shownBoard == boardId
        case .sectionPins(let shownBoard, let shownSection): shownBoard == boardId && shownSection == sectionId
        case .ownBoards, .followedBoards, .sections, .myPins, .followers, .following, .businesses, .websites: false
        }
    }
}
