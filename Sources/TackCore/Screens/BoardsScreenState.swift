import PinterestAPI

/// The boards browser: a board list, the opened board's sections, and the pins of the board or of
/// one of its sections, side by side.
public struct BoardsScreenState: Sendable, Equatable {
    /// Which boards the left pane lists.
    public var list: BoardList
    public var focus: BoardsFocus

    /// The account's boards.
    public var boards: ListPane<Board>
    /// Boards the account follows.
    public var followedBoards: ListPane<Board>
    /// The sections of `chosenBoard`, after the "(all pins)" row.
    public var sections: ListPane<SectionEntry>
    /// The pins of `chosenBoard`, or of `chosenSection` when one is open.
    public var pins: ListPane<Pin>

    /// The opened board, whose sections and pins are shown.
    public var chosenBoard: Board?
    /// The opened section; nil shows all of the board's pins.
    public var chosenSection: BoardSection?
    /// A pin to select once the opened board's pins bring it (a top pin opened from the analytics screen).
    public var pinToSelect: String?

    public init() {
        list = .own
        focus = .boards
        boards = ListPane()
        followedBoards = ListPane()
        sections = ListPane()
        pins = ListPane()
        chosenBoard = nil
        chosenSection = nil
        pinToSelect = nil
    }

    /// The pane of the board list on view.
    public var boardsPane: PaneID { list == .followed ? .followedBoards : .boards }

    /// The board list on view.
    public var shownBoards: ListPane<Board> { list == .followed ? followedBoards : boards }
}

/// The board list the boards screen shows.
public enum BoardList: Hashable, Sendable {
    /// The account's own boards, which it may change.
    case own
    /// Boards the account follows: they open into sections and pins, read-only.
    case followed
}

/// The pane of the boards screen that receives list keys.
public enum BoardsFocus: Hashable, Sendable {
    case boards, sections, pins, detail
}
