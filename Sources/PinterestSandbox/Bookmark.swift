import Foundation

/// Opaque pagination cursors: base64 of the next offset and a check that ties the bookmark to the list
/// (path and filters) it came from, so a forged or foreign bookmark is refused with a 400.
enum Bookmark {
    static func make(offset: Int, scope: String) -> String {
        Data("\(offset):\(check(offset: offset, scope: scope))".utf8).base64EncodedString()
    }

    static func offset(of bookmark: String, scope: String) throws -> Int {
        let invalid = APIError.invalid("bookmark", "is malformed or does not belong to this list.")
        guard let data = Data(base64Encoded: bookmark), let text = String(data: data, encoding: .utf8) else {
            throw invalid
        }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let offset = Int(parts[0]), offset >= 0,
            parts[1] == check(offset: offset, scope: scope)
        else { throw invalid }
        return offset
    }

    /// A hash of the offset and scope, in hex.
    private static func check(offset: Int, scope: String) -> Substring {
        Substring(String(FNV1a.hash("\(offset)|\(scope)"), radix: 16))
    }
}

/// The page a list request asks for: `page_size` (1...250, default 25) from the offset its bookmark names.
struct PageRequest: Sendable {
    let offset: Int
    let size: Int
    let scope: String

    init(_ query: QueryParameters, scope: String) throws {
        size = try query.int("page_size", in: 1...250, default: 25)
        offset = try query.string("bookmark").map { try Bookmark.offset(of: $0, scope: scope) } ?? 0
        self.scope = scope
    }

    /// Turns the rows fetched for this page (up to `size + 1`, the extra one meaning "there is more") into a page.
    func page<Row, Item>(_ rows: [Row], _ transform: (Row) throws -> Item) rethrows -> WirePage<Item> {
        let more = rows.count > size
        return WirePage(
            items: try rows.prefix(size).map(transform),
            bookmark: more ? Bookmark.make(offset: offset + size, scope: scope) : nil)
    }
}
