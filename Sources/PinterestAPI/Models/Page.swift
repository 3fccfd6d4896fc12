/// One page of a list operation: `{"items": [...], "bookmark": "..." | null}`.
/// A nil `bookmark` means this is the last page.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var bookmark: String?

    public init(items: [Item], bookmark: String?) {
        self.items = items
        self.bookmark = bookmark
    }
}

extension Page: Decodable where Item: Decodable {}
extension Page: Encodable where Item: Encodable {}
extension Page: Equatable where Item: Equatable {}
extension Page: Hashable where Item: Hashable {}
