/// Every page of a list operation, following bookmarks to the end.
///
/// Stops after a page whose bookmark is null and at the first empty page (which is not yielded).
/// A bookmark the list has already returned would loop forever: iteration throws a
/// `PinterestError` of kind `.repeatedBookmark` instead.
public struct PageSequence<Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page<Item>
    /// Fetches the page at a bookmark (nil: the first page).
    public typealias Fetch = @Sendable (_ bookmark: String?) async throws -> Page<Item>

    private let operation: String
    private let fetch: Fetch

    /// `operation` names the list in errors.
    public init(operation: String, fetch: @escaping Fetch) {
        self.operation = operation
        self.fetch = fetch
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(operation: operation, fetch: fetch)
    }

    /// All items of all pages, in order.
    public func allItems() async throws -> [Item] {
        var items: [Item] = []
        for try await page in self { items += page.items }
        return items
    }

    public struct Iterator: AsyncIteratorProtocol {
        private let operation: String
        private let fetch: Fetch
        private var nextBookmark: String?
        private var seenBookmarks: Set<String> = []
        private var finished = false

        init(operation: String, fetch: @escaping Fetch) {
            self.operation = operation
            self.fetch = fetch
        }

        public mutating func next() async throws -> Page<Item>? {
            guard !finished else { return nil }
            let page = try await fetch(nextBookmark)
            guard !page.items.isEmpty else {
                finished = true
                return nil
            }
            if let bookmark = page.bookmark, !bookmark.isEmpty {
                guard seenBookmarks.insert(bookmark).inserted else {
                    finished = true
                    throw PinterestError(
                        kind: .repeatedBookmark,
                        message: "\(operation) returned a page bookmark a second time",
                        operation: operation)
                }
                nextBookmark = bookmark
            } else {
                finished = true
            }
            return page
        }
    }
}
