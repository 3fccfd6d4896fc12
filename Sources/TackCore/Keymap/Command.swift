/// Every action a key can trigger; the rawValue is the name used in keymap TOML files.
/// `CommandCatalog` says where each applies and what it does.
public enum Command: String, CaseIterable, Sendable {
    // global
    case quit, help, focusNext = "focus_next", focusPrevious = "focus_previous", focusLeft = "focus_left",
         focusRight = "focus_right", toggleDetail = "toggle_detail", showBoards = "show_boards",
         showMyPins = "show_my_pins", showFollowedBoards = "show_followed_boards", showAccount = "show_account",
         showAnalytics = "show_analytics",
         refresh, showMessages = "show_messages", commandPalette = "command_palette"
    // the detail pane, from any pane
    case scrollDetailUp = "scroll_detail_up", scrollDetailDown = "scroll_detail_down"
    // list (every pane)
    case moveUp = "move_up", moveDown = "move_down", pageUp = "page_up", pageDown = "page_down",
         goTop = "go_top", goBottom = "go_bottom", open, back, filter, cycleSort = "cycle_sort",
         reverseSort = "reverse_sort", retry
    // the open pin list as a gallery of pictures, from any list pane
    case toggleGallery = "toggle_gallery"
    // boards pane: writes
    case createBoard = "create_board", editBoard = "edit_board", deleteBoard = "delete_board"
    // sections pane: writes
    case createSection = "create_section", renameSection = "rename_section", deleteSection = "delete_section"
    // pins pane: writes and marks
    case createPin = "create_pin", editPin = "edit_pin", deletePins = "delete_pins", movePins = "move_pins",
         savePin = "save_pin", toggleMark = "toggle_mark", markRange = "mark_range", clearMarks = "clear_marks"
    // pins pane (and the analytics screen's top pins): a pin's analytics, marked pins compared
    case showPinAnalytics = "show_pin_analytics", comparePins = "compare_pins"
    // pins pane and pin view: the pin's addresses
    case copyLink = "copy_link", copyImageURL = "copy_image_url", openLink = "open_link"
    // pins (the "My pins" list's pins_list filters)
    case cyclePinFilter = "cycle_pin_filter", cyclePinType = "cycle_pin_type",
         cycleCreativeType = "cycle_creative_type", toggleProtectedPins = "toggle_protected_pins"
    // account screen
    case followUser = "follow_user", followBack = "follow_back", cycleFollowingType = "cycle_following_type",
         showVerificationCode = "show_verification_code", verifyWebsite = "verify_website",
         unverifyWebsite = "unverify_website"
    // analytics screen
    case cyclePeriod = "cycle_period", choosePeriod = "choose_period", chooseFilters = "choose_filters",
         resetFilters = "reset_filters", cycleSplit = "cycle_split"
    // analytics screen: top pins
    case toggleVideoPins = "toggle_video_pins", moreTopPins = "more_top_pins", fewerTopPins = "fewer_top_pins",
         toggleRecentPins = "toggle_recent_pins"
    // pin analytics overlay
    case splitByAppType = "split_by_app_type"
    // help overlay
    case closeHelp = "close_help"
    // filter input
    case acceptFilter = "accept_filter", clearFilter = "clear_filter"
    // form fields and their line editor (delete_backward also edits a filter and a picker's filter)
    case nextField = "next_field", previousField = "previous_field", submit, cancelForm = "cancel_form",
         activateField = "activate_field", cursorLeft = "cursor_left", cursorRight = "cursor_right",
         cursorUp = "cursor_up", cursorDown = "cursor_down", wordLeft = "word_left", wordRight = "word_right",
         lineStart = "line_start", lineEnd = "line_end", deleteBackward = "delete_backward",
         deleteForward = "delete_forward", deleteWordBackward = "delete_word_backward",
         deleteWordForward = "delete_word_forward", deleteToLineStart = "delete_to_line_start",
         deleteToLineEnd = "delete_to_line_end"
    // picker (also moves with the list commands)
    case choose, cancelPicker = "cancel_picker"
    // confirmation dialog: only `confirm` carries out a delete; `accept_dialog` (enter) answers the others
    case confirm, acceptDialog = "accept_dialog", cancelDialog = "cancel_dialog"
}
