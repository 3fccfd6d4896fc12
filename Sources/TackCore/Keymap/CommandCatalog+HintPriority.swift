extension CommandCatalog {
    /// How much a command's key is worth a place in the status line, higher first: the status line
    /// offers the commands of the active contexts that apply now, in this order, and drops the lowest
    /// when the line is too narrow. Nil for the commands it never offers (moving, editing a field's
    /// text; enter in a dialog, which refuses to delete; the help key, which the status line always ends with as "? more").
    public static func hintPriority(of command: Command) -> Int? {
        switch command {
        // What closes or answers a modal, and what a failure needs.
        case .confirm, .choose, .submit, .acceptFilter, .closeHelp: 100
        case .cancelDialog, .cancelPicker, .cancelForm, .clearFilter: 98
        case .retry: 96
        // The pane's own verbs.
        case .open: 95
        case .back: 94
        case .cyclePinFilter, .followBack, .followUser, .cyclePeriod, .nextField: 90
        case .createBoard, .createSection, .createPin, .cyclePinType, .verifyWebsite, .choosePeriod: 89
        case .editBoard, .renameSection, .editPin, .cycleCreativeType, .cycleFollowingType, .chooseFilters: 88
        case .deleteBoard, .deleteSection, .deletePins, .toggleProtectedPins, .unverifyWebsite, .cycleSplit: 87
        case .toggleMark, .showVerificationCode, .resetFilters, .splitByAppType: 86
        case .movePins, .toggleVideoPins: 85
        // Finding and ordering.
        case .filter: 84
        case .markRange, .toggleRecentPins: 83
        case .savePin, .moreTopPins: 82
        case .clearMarks, .fewerTopPins: 81
        case .comparePins: 80
        case .showPinAnalytics: 79
        case .cycleSort: 70
        case .reverseSort: 50
        // Getting around.
        case .focusNext: 60
        case .toggleDetail: 55
        case .refresh: 54
        case .showMessages: 53
        case .commandPalette: 52
        case .toggleGallery: 51
        case .copyLink: 49
        case .openLink: 48
        case .copyImageURL: 46
        case .showBoards, .showMyPins: 45
        case .showFollowedBoards, .showAccount, .showAnalytics: 44
        case .quit: 30
        case .help, .scrollDetailUp, .scrollDetailDown, .acceptDialog, .deleteBackward, .focusPrevious, .focusLeft, .focusRight, .moveUp, .moveDown, .pageUp, .pageDown, .goTop,
             .goBottom, .previousField, .activateField, .cursorLeft, .cursorRight, .cursorUp, .cursorDown, .wordLeft,
             .wordRight, .lineStart, .lineEnd, .deleteForward, .deleteWordBackward, .deleteWordForward,
             .deleteToLineStart, .deleteToLineEnd:
            nil
        }
    }
}
