import PinterestAPI
import TackCore

/// A pin in a list, named by its title, else the first words of its description, else its id.
public enum PinRow {
    /// How many words of the description stand in for a missing title.
    static let fallbackWordCount = 8

    public static func row(for pin: Pin) -> ListRow {
        ListRow(text: displayTitle(of: pin), trailing: pin.media?.mediaType == .video ? RowMarker.video.glyph : "")
    }

    public static func displayTitle(of pin: Pin) -> String {
        if let title = pin.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty {
            return title
        }
        let words = (pin.description ?? "").split(whereSeparator: \.isWhitespace)
        if !words.isEmpty {
            let shown = words.prefix(fallbackWordCount).joined(separator: " ")
            return words.count > fallbackWordCount ? shown + "…" : shown
        }
        return "Pin \(pin.id)"
    }
}
