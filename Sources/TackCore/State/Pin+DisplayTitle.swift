import PinterestAPI

extension Pin {
    /// How many words of the description stand in for a missing title.
    static let fallbackWordCount = 8

    /// What names the pin in a list, the detail pane and the pin view: its title, else the first words
    /// of its description, else its id.
    public var displayTitle: String {
        if let title = title.map(TrimmedText.trimmed), !title.isEmpty {
            return title
        }
        let words = (description ?? "").split(whereSeparator: \.isWhitespace)
        if !words.isEmpty {
            let shown = words.prefix(Self.fallbackWordCount).joined(separator: " ")
            return words.count > Self.fallbackWordCount ? shown + "…" : shown
        }
        return "Pin \(id)"
    }
}
