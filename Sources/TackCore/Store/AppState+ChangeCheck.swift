/// What the store keeps of the state before an action, to tell whether the action changed it.
extension AppState {
    /// A copy equal to this state (`==`) that holds no reference to the list panes' visible orders,
    /// which `==` does not compare. Kept instead of a plain copy while the reducer runs, it leaves each
    /// order's storage referenced once, so a page appended changes the order in place; a plain copy
    /// would make the append copy the order's id index and arrays whole, for every page.
    var withoutVisibleOrders: AppState {
        var copy = self
        copy.boardsScreen.boards.dropVisibleOrder()
        copy.boardsScreen.followedBoards.dropVisibleOrder()
        copy.boardsScreen.sections.dropVisibleOrder()
        copy.boardsScreen.pins.dropVisibleOrder()
        copy.myPinsScreen.pins.dropVisibleOrder()
        copy.accountScreen.followers.dropVisibleOrder()
        copy.accountScreen.following.dropVisibleOrder()
        copy.accountScreen.businesses.dropVisibleOrder()
        copy.accountScreen.websites.dropVisibleOrder()
        return copy
    }
}
