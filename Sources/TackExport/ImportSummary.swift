/// What an import did, and what it could not copy and why.
public struct ImportSummary: Sendable, Hashable {
    /// Counts for one kind of object.
    public struct Counts: Sendable, Hashable {
        /// Made by this run.
        public var created = 0
        /// Found in the target and used: boards and sections by name, pins on a board found so by their id,
        /// their original's id, or their text.
        public var matched = 0
        /// Copied by an earlier run (in the mapping file).
        public var alreadyThere = 0

        public init() {}
    }

    /// Something not copied, or not copied whole.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// e.g. `pin 9996584485 “Lemon tart” on “Summer Recipes”`.
        public var item: String
        public var reason: String

        public var description: String { "\(item): \(reason)" }
    }

    public var boards = Counts()
    public var sections = Counts()
    public var pins = Counts()
    /// Pins made by saving the original pin (the rest of `pins.created` are made from their image).
    public var pinsSaved = 0
    /// Not copied at all.
    public var failures: [Problem] = []
    /// Copied, but not as they were (a video made from its cover image).
    public var notes: [Problem] = []
    public var requests = 0

    public init() {}

    /// Nothing was made: everything was there already.
    public var createdNothing: Bool { boards.created + sections.created + pins.created == 0 }
}

/// Adds up the outcomes of boards handled at once.
actor ImportTally {
    private(set) var summary = ImportSummary()

    func update(_ change: (inout ImportSummary) -> Void) {
        change(&summary)
    }
}
