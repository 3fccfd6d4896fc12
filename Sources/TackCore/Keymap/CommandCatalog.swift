/// The description and allowed contexts of every command. The catalogue order (the order the help
/// overlay lists them in) is the declaration order of `Command`.
public enum CommandCatalog {
    public static let all: [CommandInfo] = Command.allCases.map(info)

    public static func info(_ command: Command) -> CommandInfo {
        CommandInfo(command: command, contexts: contexts(of: command), description: description(of: command))
    }

    private static func contexts(of command: Command) -> [KeyContext] {
        switch command {
        case .quit, .help, .focusNext, .focusPrevious, .toggleDetail, .showBoards,
             .showMyPins, .showFollowedBoards, .showAccount, .showAnalytics, .refresh, .showMessages, .commandPalette:
            [.global]
        case .focusLeft, .focusRight:
            // In [analytics] they can take keys that the panes use to open and go back (vim's h and l).
            [.global, .analytics]
        case .scrollDetailUp, .scrollDetailDown:
            [.list, .boards, .sections, .pins, .account]
        case .moveUp, .moveDown, .pageUp, .pageDown, .goTop, .goBottom:
            // In [help] and [pin_view] they scroll; in [picker] they move its highlight.
            [.list, .boards, .sections, .pins, .account, .analytics, .help, .picker, .pinView]
        case .filter:
            // In [help] it filters the help's lines.
            [.list, .boards, .sections, .pins, .account, .help]
        case .back:
            [.list, .boards, .sections, .pins, .account, .pinView]
        case .open, .cycleSort, .reverseSort, .retry:
            [.list, .boards, .sections, .pins, .account]
        case .toggleGallery:
            [.list, .boards, .sections, .pins]
        case .copyLink, .copyImageURL, .openLink:
            [.pins, .pinView]
        case .createBoard, .editBoard, .deleteBoard:
            [.boards]
        case .createSection, .renameSection, .deleteSection:
            [.sections]
        case .editPin, .deletePins, .movePins:
            // In [pin_view] they act on the pin on view.
            [.pins, .pinView]
        case .createPin, .savePin, .toggleMark, .markRange, .clearMarks,
             .cyclePinFilter, .cyclePinType, .cycleCreativeType, .toggleProtectedPins:
            [.pins]
        case .followUser, .followBack, .cycleFollowingType, .showVerificationCode, .verifyWebsite, .unverifyWebsite:
            [.account]
        case .choosePeriod, .chooseFilters, .resetFilters, .cycleSplit:
            [.analytics]
        case .showPinAnalytics:
            [.pins, .analytics, .pinView]
        case .comparePins:
            [.pins]
        case .cyclePeriod:
            [.analytics, .pinAnalytics]
        case .splitByAppType:
            [.pinAnalytics]
        case .toggleVideoPins, .moreTopPins, .fewerTopPins, .toggleRecentPins:
            [.analytics]
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
        case .confirm, .acceptDialog, .cancelDialog:
            [.confirm]
        }
    }

    private static func description(of command: Command) -> String {
        switch command {
        case .quit: "Quit Tack"
        case .help: "Show the keys"
        case .focusNext: "Next pane"
        case .focusPrevious: "Previous pane"
        case .focusLeft: "Pane to the left"
        case .focusRight: "Pane to the right"
        case .toggleDetail: "Show or hide the detail pane"
        case .showBoards: "My boards"
        case .showMyPins: "My pins"
        case .showFollowedBoards: "Boards I follow"
        case .showAccount: "The account: profile, followers, following, businesses, websites"
        case .showAnalytics: "Analytics: the account's metrics, drawn as charts"
        case .refresh: "Reload what is shown"
        case .showMessages: "Show the last message and the errors on screen in full"
        case .commandPalette: "Command palette: find a command by name and run it"
        case .scrollDetailUp: "Scroll the detail pane up"
        case .scrollDetailDown: "Scroll the detail pane down"
        case .moveUp: "Up"
        case .moveDown: "Down"
        case .pageUp: "Page up"
        case .pageDown: "Page down"
        case .goTop: "First item"
        case .goBottom: "Last item"
        case .open: "Open"
        case .back: "Back (first drops a kept filter or a range being marked)"
        case .filter: "Filter the list"
        case .cycleSort: "Next sort order (shown in the list's title)"
        case .reverseSort: "Reverse the sort"
        case .retry: "Retry what failed"
        case .toggleGallery: "Show the pins as a gallery of pictures, or as a list"
        case .copyLink: "Copy the pin's link to the clipboard (OSC 52, also over SSH)"
        case .copyImageURL: "Copy the address of the pin's image to the clipboard"
        case .openLink: "Open the pin's link in the browser (with a local display)"
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
        case .toggleMark: "Mark or unmark the pin, then go to the next"
        case .markRange: "Start or end marking a range of pins (drawn ○ as it grows)"
        case .clearMarks: "Unmark every pin"
        case .cyclePinFilter: "Next pin filter"
        case .cyclePinType: "Next pin type"
        case .cycleCreativeType: "Choose the creative type shown…"
        case .toggleProtectedPins: "Include protected pins or not"
        case .followUser: "Follow a user (by username or profile URL)…"
        case .followBack: "Follow back the selected follower"
        case .cycleFollowingType: "Next type of followed accounts (all, creators, ranked…)"
        case .showVerificationCode: "Show the code that verifies a website"
        case .verifyWebsite: "Verify a website…"
        case .unverifyWebsite: "Unverify the website…"
        case .showPinAnalytics: "The pin's analytics: each metric's total and daily chart"
        case .comparePins: "The marked pins' analytics side by side (up to 100)"
        case .cyclePeriod: "Next period (last 7, 30 or 90 days)"
        case .choosePeriod: "Choose the period by its start and end dates…"
        case .chooseFilters: "Filter the metrics: app type, content, source, pin format, claimed content…"
        case .resetFilters: "Clear the analytics filters"
        case .cycleSplit: "Split the metrics: none, app type, owned content, source, pin format"
        case .toggleVideoPins: "Top video pins, or top pins"
        case .moreTopPins: "More top pins (up to 50)"
        case .fewerTopPins: "Fewer top pins (down to 10)"
        case .toggleRecentPins: "Top pins created in the last 30 days only, or all"
        case .splitByAppType: "Split the pin's numbers by app type, or not"
        case .closeHelp: "Close the help (first clears its filter)"
        case .acceptFilter: "Keep the filter"
        case .clearFilter: "Clear the filter"
        case .nextField: "Next field"
        case .previousField: "Previous field"
        case .submit: "Save"
        case .cancelForm: "Cancel (asks when something changed)"
        case .activateField: "Choose (picker or next choice), or a new line in the description"
        case .cursorLeft: "Cursor left"
        case .cursorRight: "Cursor right"
        case .cursorUp: "Cursor up a line"
        case .cursorDown: "Cursor down a line"
        case .wordLeft: "Back a word"
        case .wordRight: "Forward a word"
        case .lineStart: "Start of the line"
        case .lineEnd: "End of the line"
        case .deleteBackward: "Delete the character before the cursor"
        case .deleteForward: "Delete the character under the cursor"
        case .deleteWordBackward: "Delete the word before the cursor"
        case .deleteWordForward: "Delete the word after the cursor"
        case .deleteToLineStart: "Delete to the start of the line"
        case .deleteToLineEnd: "Delete to the end of the line"
        case .choose: "Choose the highlighted item, or run the command"
        case .cancelPicker: "Close the picker or the command palette"
        case .confirm: "Yes, do it (the only key that confirms a delete)"
        case .acceptDialog: "Yes, for a dialog that deletes nothing"
        case .cancelDialog: "No, go back"
        }
    }
}
