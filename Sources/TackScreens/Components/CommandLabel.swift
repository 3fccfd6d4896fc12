import TackCore

/// Short names for commands in the status line, which has room for a word or two per key; the help
/// overlay and the hint line use the catalogue's descriptions.
enum CommandLabel {
    static func short(_ command: Command) -> String {
        switch command {
        case .quit: "quit"
        case .help: "help"
        case .focusNext: "next pane"
        case .focusPrevious: "previous pane"
        case .focusLeft: "left"
        case .focusRight: "right"
        case .toggleDetail: "detail"
        case .showBoards: "boards"
        case .showMyPins: "my pins"
        case .showFollowedBoards: "followed"
        case .refresh: "refresh"
        case .moveUp: "up"
        case .moveDown: "down"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .goTop: "top"
        case .goBottom: "bottom"
        case .open: "open"
        case .back: "back"
        case .filter: "filter"
        case .cycleSort: "sort"
        case .reverseSort: "reverse"
        case .retry: "retry"
        case .cyclePinFilter: "pin filter"
        case .cyclePinType: "pin type"
        case .cycleCreativeType: "creative type"
        case .toggleProtectedPins: "protected"
        case .closeHelp: "close"
        case .acceptFilter: "keep filter"
        case .clearFilter: "clear"
        case .deleteBackward: "delete"
        }
    }
}
