/// A page of a list whose answer has arrived but whose items are not decoded yet: its bookmark is
/// known, so the next page can be asked for while `decode()` runs.
public struct FetchedPage<Item: Sendable>: Sendable {
    /// The bookmark of the next page; nil on the last page.
    public let bookmark: String?
    private let decodeItems: @Sendable () throws -> [Item]

    init(bookmark: String?, decodeItems: @escaping @Sendable () throws -> [Item]) {
        self.bookmark = bookmark
        self.decodeItems = decodeItems
    }

    /// Decodes the items. Throws the `PinterestError` (kind `.decoding`) the operation's plain method
    /// would have thrown.
    public func decode() throws -> Page<Item> {
        Page(items: try decodeItems(), bookmark: bookmark)
    }
}
