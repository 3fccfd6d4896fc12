/// Where pins go: a board, and a section of it or none (the board itself), with the names the user
/// chose them by, for messages ("Moved to “Garden › Roses”").
///
/// Two destinations are equal when they name the same board and section: the names only say how to
/// show the place, so a write keeps its identity whatever its destination is called.
public struct PinDestination: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public var boardId: String
    public var sectionId: String?
    public var boardName: String?
    public var sectionName: String?

    public init(boardId: String, sectionId: String? = nil, boardName: String? = nil, sectionName: String? = nil) {
        self.boardId = boardId
        self.sectionId = sectionId
        self.boardName = boardName
        self.sectionName = sectionName
    }

    public static func == (lhs: PinDestination, rhs: PinDestination) -> Bool {
        lhs.boardId == rhs.boardId && lhs.sectionId == rhs.sectionId
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(boardId)
        hasher.combine(sectionId)
    }

    /// The ids only, like equality: a write's effect id is made from its description.
    public var description: String { "PinDestination(boardId: \(boardId), sectionId: \(sectionId ?? "none"))" }
    public var debugDescription: String { description }
}
