/// Where pins go: a board, and a section of it or none (the board itself).
public struct PinDestination: Hashable, Sendable {
    public var boardId: String
    public var sectionId: String?

    public init(boardId: String, sectionId: String? = nil) {
        self.boardId = boardId
        self.sectionId = sectionId
    }
}
