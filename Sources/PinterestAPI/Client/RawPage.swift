import Foundation

/// A page of a list exactly as the API sent it: each item's JSON bytes, untouched (every field kept,
/// those the models do not know included), and the bookmark of the next page.
public struct RawPage: Sendable {
    public let items: [Data]
    /// The bookmark of the next page; nil on the last page.
    public let bookmark: String?

    public init(items: [Data], bookmark: String?) {
        self.items = items
        self.bookmark = bookmark
    }
}
