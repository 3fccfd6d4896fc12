import PinterestAPI

extension FormState {
    /// Where the pins to move are now, preselected in the move form so that saving it unchanged
    /// moves nothing.
    public enum MoveOrigin: Hashable, Sendable {
        /// Nothing preselected: the pins are on different boards, or their board is not known.
        case unknown
        /// Every pin is on this board and in this section (nil: the board itself). A section whose
        /// name is not loaded yet has a nil name.
        case place(board: Board, sectionId: String?, sectionName: String?)
        /// Every pin is on this board, in different sections.
        case boardWithMixedSections(Board)
    }
}
