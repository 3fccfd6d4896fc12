/// A video media source as typed in a pin form: the media id, then optionally a cover image URL.
struct VideoSource: Hashable, Sendable {
    var mediaID: String
    var coverImageURL: String?

    /// Nil unless `text` is digits, optionally followed by one http(s) URL.
    init?(_ text: String) {
        let items = FieldRule.items(of: text)
        guard let first = items.first, NumericID.matches(first), items.count <= 2 else { return nil }
        if items.count == 2 {
            guard FieldRule.isWebURL(items[1]) else { return nil }
            coverImageURL = items[1]
        }
        mediaID = first
    }
}
