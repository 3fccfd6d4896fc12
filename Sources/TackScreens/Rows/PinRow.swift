import PinterestAPI
import TackCore

/// A pin in a list, named by its title, else the first words of its description, else its id.
public enum PinRow {
    public static func row(for pin: Pin) -> ListRow {
        ListRow(text: pin.displayTitle, trailing: pin.media?.mediaType == .video ? RowMarker.video.glyph : "")
    }
}
