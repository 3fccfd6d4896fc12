import Foundation

/// Reads the `bookmark` of a list page (`{"items": [...], "bookmark": "..."}`) straight from its JSON,
/// without decoding the items: the next page can be asked for while this one is decoded.
///
/// It walks the top-level object with a `JSONReader`, skipping every other member's value whole, so it
/// costs one pass over the bytes and no allocation.
enum PageBookmarkScanner {
    /// `.some(bookmark)` for a JSON object (`.some(nil)` when its bookmark is null or absent); nil when
    /// `json` is not an object it can read, in which case only decoding the whole page can tell.
    static func bookmark(in json: Data) -> String?? {
        json.withUnsafeBytes { bytes in
            var reader = JSONReader(bytes: bytes)
            switch reader.seek(toMember: "bookmark".utf8) {
            case nil: return nil
            case false?: return .some(nil)
            case true?: return reader.null() ? .some(nil) : reader.string().map { .some($0) }
            }
        }
    }

    /// The byte ranges of the elements of the JSON array that is `json` (whitespace around them
    /// excluded), or of the array `member` of the top-level object; nil when that is not readable JSON
    /// of that shape. Lets a page's items be kept exactly as sent.
    static func elementRanges(in json: Data, member: String? = nil) -> [Range<Int>]? {
        json.withUnsafeBytes { bytes in
            var reader = JSONReader(bytes: bytes)
            if let member, reader.seek(toMember: member.utf8) != true { return nil }
            var ranges: [Range<Int>] = []
            let isArray = reader.readArray { reader in
                guard reader.peek() != nil else { return false }
                let start = reader.position
                guard reader.skipValue() else { return false }
                ranges.append(start..<reader.position)
                return true
            }
            return isArray ? ranges : nil
        }
    }
}

extension JSONReader {
    /// Moves to the value of the member `name` of the object at the position: true when it is there,
    /// false when the object has no such member, nil when it is no object this reader reads.
    fileprivate mutating func seek(toMember name: some Sequence<UInt8>) -> Bool? {
        guard consume(UInt8(ascii: "{")) else { return nil }
        if consume(UInt8(ascii: "}")) { return false }
        repeat {
            guard let member = memberName() else { return nil }
            if member.elementsEqual(name) { return true }
            guard skipValue() else { return nil }
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}")) ? false : nil
    }
}
