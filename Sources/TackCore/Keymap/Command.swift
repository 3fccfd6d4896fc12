/// Every action a key can trigger; the rawValue is the name used in keymap TOML files.
/// `CommandCatalog` says where each applies and what it does.
public enum Command: String, CaseIterable, Sendable {
    // global
    case quit, help, focusNext = "focus_next", focusPrevious = "focus_previous", focusLeft = "focus_left",
         focusRight = "focus_right", toggleDetail = "toggle_detail", showBoards = "show_boards",
         showMyPins = "show_my_pins", showFollowedBoards = "show_followed_boards", refresh
    // list (every pane)
    case moveUp = "move_up", moveDown = "move_down", pageUp = "page_up", pageDown = "page_down",
         goTop = "go_top", goBottom = "go_bottom", open, back, filter, cycleSort = "cycle_sort",
         reverseSort = "reverse_sort", retry
    // pins (the "My pins" list's pins_list filters)
    case cyclePinFilter = "cycle_pin_filter", cyclePinType = "cycle_pin_type",
         cycleCreativeType = "cycle_creative_type", toggleProtectedPins = "toggle_protected_pins"
    // help overlay
    case closeHelp = "close_help"
    // filter input
    case acceptFilter = "accept_filter", clearFilter = "clear_filter", deleteBackward = "delete_backward"
}
