import TackCore

/// Names for commands in the status line, which has room for a word or two per key: a shorter word
/// where the catalogue's description is long, the description otherwise.
enum CommandLabel {
    static func short(_ command: Command) -> String {
        switch command {
        case .quit: "quit"
        case .help: "help"
        case .showBoards: "boards"
        case .showFollowedBoards: "followed"
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
        case .confirm: "yes"
        case .cancelDialog: "no"
        default: CommandCatalog.info(command).description
        }
    }
}
