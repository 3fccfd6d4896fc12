/// A mark that list rows draw beside an item, and what it means. The rows draw their marks from
/// here and the help's legend lists every case, so the two cannot drift apart.
public enum RowMarker: CaseIterable, Sendable {
    /// The selected row.
    case selection
    /// A pin marked for a bulk move or delete.
    case marked
    /// Where the range being marked started.
    case rangeAnchor
    /// A pin inside the range being marked, until the range ends.
    case inRange
    /// A secret board.
    case secretBoard
    /// A protected board.
    case protectedBoard
    /// A video pin.
    case video

    /// What the row draws. The rows draw no other form: every glyph here is in the fonts that draw
    /// the boxes' borders, also with `NO_COLOR` and the mono theme.
    public var glyph: String {
        switch self {
        case .selection: "▸"
        case .marked: "●"
        case .rangeAnchor: "◆"
        case .inRange: "○"
        case .secretBoard: "🔒"
        case .protectedBoard: "◈"
        case .video: "▶"
        }
    }

    /// What the help's legend says it means.
    public var meaning: String {
        switch self {
        case .selection: "The selected row"
        case .marked: "A marked pin: delete and move act on it"
        case .rangeAnchor: "Where the range being marked starts"
        case .inRange: "In the range being marked, until it ends"
        case .secretBoard: "A secret board, seen by you and collaborators"
        case .protectedBoard: "A protected board (My pins leaves its pins out)"
        case .video: "A video pin"
        }
    }
}
