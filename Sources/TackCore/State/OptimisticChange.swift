import PinterestAPI

/// What an optimistic write (an edit, move or delete shown before the API answered) changed, so a
/// failure can take back exactly that and nothing else.
struct OptimisticChange: Sendable, Equatable {
    /// What the write acts on, for messages, e.g. "board “Trips”".
    var subject: String
    var boards: [ItemUndo<Board>] = []
    var sections: [ItemUndo<SectionEntry>] = []
    var pins: [ItemUndo<Pin>] = []
    var myPins: [ItemUndo<Pin>] = []
    var websites: [ItemUndo<UserWebsiteSummary>] = []
    /// The opened board as it was before an edit changed it.
    var chosenBoard: Board?
    /// The opened section as it was before a rename changed it.
    var chosenSection: BoardSection?

    init(subject: String) {
        self.subject = subject
    }
}
