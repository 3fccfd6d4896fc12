/// The description and allowed contexts of every command. The catalogue order (the order the help
/// overlay lists them in) is the declaration order of `Command`.
public enum CommandCatalog {
    public static let all: [CommandInfo] = Command.allCases.map(info)

    public static func info(_ command: Command) -> CommandInfo {
        CommandInfo(command: command, contexts: contexts(of: command), description: description(of: command))
    }

    private static func contexts(of command: Command) -> [KeyContext] {
        switch command {
        case .quit, .help, .focusNext, .focusPrevious, .focusLeft, .focusRight, .toggleDetail, .showBoards,
             .showMyPins, .showFollowedBoards, .refresh:
            [.global]
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom, .open, .back, .filter, .cycleSort,
             .reverseSort, .retry:
            [.list, .boards, .sections, .pins]
        case .cyclePinFilter, .cyclePinType, .cycleCreativeType, .toggleProtectedPins:
            [.pins]
        case .closeHelp:
            [.help]
        case .acceptFilter, .clearFilter, .deleteBackward:
            [.filter]
        }
    }

    private static func description(of command: Command) -> String {
        switch command {
        case .quit: "quit Tack"
        case .help: "show the keys"
        case .focusNext: "next pane"
        case .focusPrevious: "previous pane"
        case .focusLeft: "pane to the left"
        case .focusRight: "pane to the right"
        case .toggleDetail: "show or hide the detail pane"
        case .showBoards: "my boards"
        case .showMyPins: "my pins"
        case .showFollowedBoards: "boards I follow"
        case .refresh: "reload what is shown"
        case .moveUp: "up"
        case .moveDown: "down"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .goTop: "first item"
        case .goBottom: "last item"
        case .open: "open"
        case .back: "back"
        case .filter: "filter the list"
        case .cycleSort: "next sort order"
        case .reverseSort: "reverse the sort"
        case .retry: "retry what failed"
        case .cyclePinFilter: "next pin filter"
        case .cyclePinType: "next pin type"
        case .cycleCreativeType: "next creative type"
        case .toggleProtectedPins: "include protected pins or not"
        case .closeHelp: "close the help"
        case .acceptFilter: "keep the filter"
        case .clearFilter: "clear the filter"
        case .deleteBackward: "delete a character"
        }
    }
}
