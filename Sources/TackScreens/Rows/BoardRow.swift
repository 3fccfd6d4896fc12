import PinterestAPI
import TackCore
import TerminalCanvas

/// A board in a list: its name, then its pin count and a privacy marker on the right.
public enum BoardRow {
    public static func row(for board: Board) -> ListRow {
        let count = board.pinCount.map(String.init) ?? ""
        return ListRow(text: board.name, trailing: [count, privacyMarker(board.privacy)].joined(separator: " "))
    }

    /// Two columns for every board so that the counts line up: a lock for secret boards, a shield-like
    /// mark for protected ones, blank for public ones.
    static func privacyMarker(_ privacy: BoardPrivacy?) -> String {
        let marker: RowMarker? = switch privacy {
        case .secret?: .secretBoard
        case .protected?: .protectedBoard
        default: nil
        }
        return TextWidth.pad(marker?.glyph ?? "", toColumns: 2)
    }
}
