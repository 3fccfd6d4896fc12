import PinterestAPI
import TerminalCanvas

/// Everything the views show and the reducer decides on. Changed only by `reduce(_:_:)`.
///
/// What is global (the account, the terminal, the keymap, messages, and the modals that sit over
/// any screen) lives here; each screen's lists, selection and focus live in its own state.
public struct AppState: Sendable, Equatable {
    public var account: Loadable<Account>
    /// The API host shown in the header, e.g. "api.pinterest.com" or "127.0.0.1:8080".
    public var apiHost: String
    /// The ad account whose owner the app acts for (`--ad-account`, `ad_account_id`), for the header; nil
    /// when it acts for the token's own user.
    public var adAccountId: String?
    /// The screen on view; the others keep their state for when they are shown again.
    public var screen: Screen
    public var boardsScreen: BoardsScreenState
    public var myPinsScreen: MyPinsScreenState
    public var accountScreen: AccountScreenState
    public var analyticsScreen: AnalyticsScreenState

    public var showDetail: Bool
    public var help: HelpOverlay
    public var pendingKeys: PendingKeys
    public var keymap: Keymap
    public var terminalSize: Size
    /// What charts draw with on this terminal: braille and blocks, or ASCII without UTF-8.
    public var chartGlyphs: ChartGlyphs
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
    /// One pin's analytics, or the marked pins compared, over the screen on view.
    public var pinAnalytics: PinAnalyticsOverlay?
    /// The command palette, over everything while open.
    public var palette: CommandPalette?
    /// The pin view (enter on a pin), over the screen on view.
    public var pinView: PinViewState?
    /// How far the detail pane is scrolled.
    public var detailScroll: DetailScroll
    /// The optimistic changes of the writes in flight, taken back if their write fails.
    var optimisticChanges: [WriteRequest: OptimisticChange]
    /// The seconds left before the client retries a rate-limited request, by the id of its effect.
    public internal(set) var rateLimitCountdowns: [EffectID: Int]
    /// What pictures are drawn with; `.off` (the default) shows none and loads none.
    public var pictureRenderer: PictureRenderer
    /// How long a picture waits on view before it is fetched: a key held down (repeating every 30 ms or
    /// so) moves past pins without starting loads it would cancel at the next key.
    public var pictureSettle: Duration
    /// The pictures loaded lately, by pin and size.
    public internal(set) var pictures: PictureCache
    /// The pictures being loaded, by what they will be kept under.
    public internal(set) var pictureLoads: [PictureKey: PictureRequest]
    /// The open pin list is shown as a gallery of pictures instead of rows.
    public var showGallery: Bool
    /// A local display (DISPLAY or WAYLAND_DISPLAY) to open links on; over SSH there is none.
    public var hasLocalDisplay: Bool

    public init(keymap: Keymap, apiHost: String, terminalSize: Size) {
        account = .idle
        self.apiHost = apiHost
        screen = .boards
        boardsScreen = BoardsScreenState()
        myPinsScreen = MyPinsScreenState()
        accountScreen = AccountScreenState()
        analyticsScreen = AnalyticsScreenState()
        showDetail = true
        help = HelpOverlay()
        pendingKeys = PendingKeys()
        self.keymap = keymap
        self.terminalSize = terminalSize
        chartGlyphs = .braille
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
        pinAnalytics = nil
        palette = nil
        pinView = nil
        detailScroll = DetailScroll()
        optimisticChanges = [:]
        rateLimitCountdowns = [:]
        pictureRenderer = .off
        pictureSettle = .milliseconds(40)
        pictures = PictureCache()
        pictureLoads = [:]
        showGallery = false
        hasLocalDisplay = false
    }
}
