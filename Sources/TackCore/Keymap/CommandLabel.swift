/// Names for commands in the status line, which has room for a word or two per key: a shorter word
/// where the catalogue's description is long, the description otherwise (in lower case, as the
/// status line runs on as one phrase: "enter open · tab next pane").
public enum CommandLabel {
    public static func short(_ command: Command) -> String {
        switch command {
        case .quit: "quit"
        case .help: "help"
        case .commandPalette: "commands"
        case .showBoards: "boards"
        case .showFollowedBoards: "followed"
        case .showMyPins: "my pins"
        case .toggleDetail: "detail"
        case .refresh: "reload"
        case .retry: "retry"
        case .showMessages: "messages"
        case .focusNext: "next pane"
        case .focusPrevious: "previous pane"
        case .activateField: "choose"
        case .acceptDialog: "yes"
        case .back: "back"
        case .filter: "filter"
        case .cycleSort: "sort"
        case .reverseSort: "reverse"
        case .cyclePinFilter: "pin filter"
        case .cyclePinType: "pin type"
        case .cycleCreativeType: "creative type"
        case .toggleProtectedPins: "protected"
        case .closeHelp: "close"
        case .acceptFilter: "keep filter"
        case .clearFilter: "clear"
        case .deleteBackward, .deleteBoard, .deleteSection, .deletePins: "delete"
        case .createBoard, .createSection, .createPin: "new"
        case .editBoard, .editPin: "edit"
        case .renameSection: "rename"
        case .movePins: "move"
        case .savePin: "save a pin"
        case .toggleMark: "mark"
        case .markRange: "mark range"
        case .clearMarks: "unmark all"
        case .submit: "save"
        case .cancelForm: "cancel"
        case .nextField: "next field"
        case .previousField: "previous field"
        case .choose: "choose"
        case .cancelPicker: "close"
        case .showAccount: "account"
        case .showAnalytics: "analytics"
        case .cyclePeriod: "period"
        case .choosePeriod: "dates"
        case .chooseFilters: "filters"
        case .resetFilters: "clear filters"
        case .cycleSplit: "split"
        case .showPinAnalytics: "pin analytics"
        case .comparePins: "compare"
        case .splitByAppType: "split by app"
        case .toggleVideoPins: "video pins"
        case .moreTopPins: "more pins"
        case .fewerTopPins: "fewer pins"
        case .toggleRecentPins: "recent pins"
        case .followUser: "follow"
        case .followBack: "follow back"
        case .cycleFollowingType: "type"
        case .showVerificationCode: "verification code"
        case .verifyWebsite: "verify"
        case .unverifyWebsite: "unverify"
        case .confirm: "yes"
        case .cancelDialog: "no"
        default: lowercasingFirstLetter(CommandCatalog.info(command).description)
        }
    }

    private static func lowercasingFirstLetter(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
