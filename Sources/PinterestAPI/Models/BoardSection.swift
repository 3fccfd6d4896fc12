/// A section of a board (spec `BoardSection`).
public struct BoardSection: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// The body of board_sections/create: a name of 1 to 180 characters.
public struct BoardSectionCreate: Hashable, Sendable, Codable {
    public var name: String

    public init(name: String) { self.name = name }
}

/// The body of board_sections/update: the new name, 1 to 180 characters.
public typealias BoardSectionUpdate = BoardSectionCreate
