import PinterestAPI
import TerminalCanvas

/// Everything the views show and the reducer decides on. Changed only by `reduce(_:_:)`.
public struct AppState: Sendable, Equatable {
    public var account: Loadable<Account>
    /// The API host shown in the header, e.g. "api.pinterest.com" or "127.0.0.1:8080".
    public var apiHost: String
    /// The ad account whose owner the app acts for (`--ad-account`, `ad_account_id`), for the header; nil
    /// when it acts for the token's own user.
    public var adAccountId: String?
    public var mode: BrowseMode
    public var focus: PaneFocus

    /// The account's boards.
    public var boards: ListPane<Board>
    /// Boards the account follows.
    public var followedBoards: ListPane<Board>
    /// The sections of `chosenBoard`, after the "(all pins)" row.
    public var sections: ListPane<SectionEntry>
    /// The pins of `chosenBoard`, or of `chosenSection` when one is open.
    public var pins: ListPane<Pin>
    /// The account's pins, filtered by the filters of `.myPins` mode.
    public var myPins: ListPane<Pin>

    /// The opened board, whose sections and pins are shown.
    public var chosenBoard: Board?
    /// The opened section; nil shows all of the board's pins.
    public var chosenSection: BoardSection?

    public var showDetail: Bool
    public var help: HelpOverlay
    public var pendingKeys: PendingKeys
    public var keymap: Keymap
    public var terminalSize: Size
    /// A transient message for the status line; cleared by the next key. Every message set is also
    /// kept as `lastMessage`.
    public var statusMessage: String? {
        didSet { if let statusMessage { lastMessage = statusMessage } }
    }
    /// The last status message, whole, for the messages overlay after the status line cut or cleared it.
    public private(set) var lastMessage: String?
    /// True while the messages overlay shows the last message and the failures on screen in full;
    /// the next key closes it.
    public var isShowingMessages: Bool
    /// Every section of a board, by board id, as fetched whole: to name a pin's section (in My pins,
    /// after a save or a move), or for a picker or a dialog.
    public var sectionNames: [String: Loadable<[BoardSection]>]
    public var shouldQuit: Bool

    /// The open modal form, if any.
    public var form: FormState?
    /// A picker on top of the form, filling one of its fields.
    public var picker: PickerState?
    /// A confirmation dialog on top of everything (delete, discard changes, bulk).
    public var confirmation: ConfirmState?
    /// A bulk move or delete: its progress while running, then its summary until dismissed.
    public var bulk: BulkOperation?
    /// The marked pins of the pins pane, with the visual-range anchor.
    public var marks: PinMarks
    /// The optimistic changes of the writes in flight, taken back if their write fails.
    var optimisticChanges: [WriteRequest: OptimisticChange]

    public init(keymap: Keymap, apiHost: String, terminalSize: Size) {
        account = .idle
        self.apiHost = apiHost
        mode = .boards
        focus = .boards
        boards = ListPane()
        followedBoards = ListPane()
        sections = ListPane()
        pins = ListPane()
        myPins = ListPane()
        chosenBoard = nil
        chosenSection = nil
        showDetail = true
        help = HelpOverlay()
        pendingKeys = PendingKeys()
        self.keymap = keymap
        self.terminalSize = terminalSize
        statusMessage = nil
        lastMessage = nil
        isShowingMessages = false
        sectionNames = [:]
        shouldQuit = false
        form = nil
        picker = nil
        confirmation = nil
        bulk = nil
        marks = PinMarks()
        optimisticChanges = [:]
    }
}
