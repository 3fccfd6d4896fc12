/// `Paginated`: one page of items and the bookmark of the next page (`null` on the last page).
struct WirePage<Item: Sendable>: Sendable {
    let items: [Item]
    let bookmark: String?
}

extension WirePage: Encodable where Item: Encodable {
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(items, forKey: .items)
        try c.encode(bookmark, forKey: .bookmark)
    }

    enum CodingKeys: String, CodingKey { case items, bookmark }
}
