import PinterestAPI
import TerminalCanvas

/// Everything that can change the state: terminal input, commands, and the answers effects send back.
///
/// A page answer carries the `PageRequest` it answers, so an answer for a list the pane no longer
/// waits for (another board was opened, the filters changed) is ignored. A write answer carries its
/// `WriteRequest` in the same way.
public enum Action: Sendable, Equatable {
    /// Sent once by the app at launch: loads the account and the boards.
    case appStarted
    case terminal(TerminalEvent)
    case command(Command)

    case accountLoaded(Account)
    case accountFailed(APIFailure)
    /// A page of own boards or of followed boards (the request's source says which).
    case boardsPageLoaded(PageRequest, [Board], bookmark: String?)
    case sectionsPageLoaded(PageRequest, [BoardSection], bookmark: String?)
    /// A page of a board's pins, a section's pins or My pins (the request's source says which).
    case pinsPageLoaded(PageRequest, [Pin], bookmark: String?)
    /// Any page request failed.
    case pageFailed(PageRequest, APIFailure)

    /// Every section of a board, for a section picker or a board delete's confirmation.
    case boardSectionsLoaded(boardId: String, [BoardSection])
    case boardSectionsFailed(boardId: String, APIFailure)
    /// A section's pins counted for its delete dialog; nil when the count failed.
    case sectionPinsCounted(boardId: String, sectionId: String, Int?)
    /// Every one of the account's boards, for a board picker.
    case allOwnBoardsLoaded([Board])
    case allOwnBoardsFailed(APIFailure)
    /// An answer for the account screen.
    case accountScreen(AccountScreenAction)
    /// An answer for the analytics screen.
    case analyticsScreen(AnalyticsScreenAction)
    /// An answer for one pin's analytics or the compared pins.
    case pinAnalytics(PinAnalyticsAction)
    /// A write succeeded; the request says which, so the answer finds its form, dialog or bulk step.
    case writeSucceeded(WriteRequest, WriteResult)
    case writeFailed(WriteRequest, APIFailure)
    /// What the request running under the effect id reported before its answer.
    case requestProgress(EffectID, RequestProgress)
    /// A `.tick` effect's time has come.
    case tick(EffectID)
    /// A picture arrived, or could not be loaded (the reason in words).
    case pictureLoaded(PictureRequest, TerminalImage)
    case pictureFailed(PictureRequest, String)
    /// A copy to the clipboard or the opening of a link was done, or failed (the reason in words).
    case hostRequestDone(HostRequest)
    case hostRequestFailed(HostRequest, String)
}
