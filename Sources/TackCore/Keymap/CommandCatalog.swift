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
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            // In [help] they scroll the overlay; in [picker] they move its highlight.
            [.list, .boards, .sections, .pins, .help, .picker]
        case .open, .back, .filter, .cycleSort, .reverseSort, .retry:
            [.list, .boards, .sections, .pins]
        case .createBoard, .editBoard, .deleteBoard:
            [.boards]
        case .createSection, .renameSection, .deleteSection:
            [.sections]
        case .createPin, .editPin, .deletePins, .movePins, .savePin, .toggleMark, .markRange, .clearMarks,
             .cyclePinFilter, .cyclePinType, .cycleCreativeType, .toggleProtectedPins:
            [.pins]
        case .closeHelp:
            [.help]
        case .acceptFilter, .clearFilter:
            [.filter]
        case .deleteBackward:
            [.filter, .form, .picker]
        case .nextField, .previousField, .submit, .cancelForm, .activateField, .cursorLeft, .cursorRight,
             .cursorUp, .cursorDown, .wordLeft, .wordRight, .lineStart, .lineEnd, .deleteForward,
             .deleteWordBackward, .deleteWordForward, .deleteToLineStart, .deleteToLineEnd:
            [.form]
        case .choose, .cancelPicker:
            [.picker]
        case .confirm, .cancelDialog:
            [.confirm]
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
        case .createBoard: "New board"
        case .editBoard: "Edit the board"
        case .deleteBoard: "Delete the board…"
        case .createSection: "New section"
        case .renameSection: "Rename the section"
        case .deleteSection: "Delete the section…"
        case .createPin: "New pin on this board or section"
        case .editPin: "Edit the pin"
        case .deletePins: "Delete the pin, or the marked pins…"
        case .movePins: "Move the pin, or the marked pins, to a board or section…"
        case .savePin: "Save an existing pin (by id or URL) to a board or section"
        case .toggleMark: "Mark or unmark the pin"
        case .markRange: "Start or end marking a range of pins"
        case .clearMarks: "Unmark every pin"
        case .cyclePinFilter: "next pin filter"
        case .cyclePinType: "next pin type"
        case .cycleCreativeType: "next creative type"
        case .toggleProtectedPins: "include protected pins or not"
        case .closeHelp: "close the help"
        case .acceptFilter: "keep the filter"
        case .clearFilter: "clear the filter"
        case .nextField: "Next field"
        case .previousField: "Previous field"
        case .submit: "Save"
        case .cancelForm: "Cancel (asks when something changed)"
        case .activateField: "Open the picker or next choice; a new line in the description; else next field"
        case .cursorLeft: "Cursor left"
        case .cursorRight: "Cursor right"
        case .cursorUp: "Cursor up a line"
        case .cursorDown: "Cursor down a line"
        case .wordLeft: "Back a word"
        case .wordRight: "Forward a word"
        case .lineStart: "Start of the line"
        case .lineEnd: "End of the line"
        case .deleteBackward: "delete a character"
        case .deleteForward: "Delete the character under the cursor"
        case .deleteWordBackward: "Delete the word before the cursor"
        case .deleteWordForward: "Delete the word after the cursor"
        case .deleteToLineStart: "Delete to the start of the line"
        case .deleteToLineEnd: "Delete to the end of the line"
        case .choose: "Choose the highlighted item"
        case .cancelPicker: "Close the picker"
        case .confirm: "Yes, do it"
        case .cancelDialog: "No, go back"
        }
    }
}
