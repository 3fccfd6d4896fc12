import PinterestAPI

/// The detail pane's content for a board, the short fields first so that a small pane still shows them.
public enum BoardDetail {
    /// - Parameter sectionCount: the board's sections as far as they are loaded ("3+" when more pages
    ///   exist), or nil when they have not been loaded.
    public static func content(for board: Board, sectionCount: String?) -> DetailContent {
        let fields: [DetailField?] = [
            .text("owner", board.owner?.username.map { "@\($0)" }),
            .text("privacy", board.privacy.map { DetailFormat.enumName($0.rawValue) }),
            .text("pins", board.pinCount.map(String.init)),
            .text("sections", sectionCount),
            .text("followers", board.followerCount.map(String.init)),
            .text("collaborators", board.collaboratorCount.map(String.init)),
            .text("created", board.createdAt.map(DetailFormat.timestamp)),
            .text("pins changed", board.boardPinsModifiedAt.map(DetailFormat.timestamp)),
            .paragraph("description", board.description),
            .text("ads only", board.isAdsOnly.map(DetailFormat.yesNo)),
            .paragraph("cover", board.media?.imageCoverUrl),
            .text("board id", board.id),
        ]
        return DetailContent(kind: "Board", heading: board.name, fields: fields.compactMap { $0 })
    }
}
