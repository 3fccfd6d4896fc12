import Foundation

/// Reads the `bookmark` of a list page (`{"items": [...], "bookmark": "..."}`) straight from its JSON,
/// without decoding the items: the next page can be asked for while this one is decoded.
///
/// It walks the top-level object, skipping every other member's value whole (strings with their
/// escapes, nested objects and arrays), so it costs one pass over the bytes and no allocation.
enum PageBookmarkScanner {
    /// `.some(bookmark)` for a JSON object (`.some(nil)` when its bookmark is null or absent); nil when
    /// `json` is not an object it can read, in which case only decoding the whole page can tell.
    static func bookmark(in json: Data) -> String?? {
        json.withUnsafeBytes { bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.topLevelBookmark()
        }
    }

    fileprivate struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var position = 0

        init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

        private static let bookmarkKey = Array("bookmark".utf8)
        private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

        mutating func topLevelBookmark() -> String?? {
            guard next() == UInt8(ascii: "{") else { return nil }
            position += 1
            if next() == UInt8(ascii: "}") { return .some(nil) }
            while true {
                guard next() == Self.quote, let key = string() else { return nil }
                guard next() == UInt8(ascii: ":") else { return nil }
                position += 1
                guard next() != nil else { return nil }
                if bytes[key].elementsEqual(Self.bookmarkKey) { return bookmarkValue() }
                guard skipValue() else { return nil }
                switch next() {
                case UInt8(ascii: ","): position += 1
                case UInt8(ascii: "}"): return .some(nil)
                default: return nil
                }
            }
        }

        /// Moves to the value of the top-level object's member `key`; false when there is none.
        mutating func seek(toMember key: [UInt8]) -> Bool {
            guard next() == UInt8(ascii: "{") else { return false }
            position += 1
            if next() == UInt8(ascii: "}") { return false }
            while true {
                guard next() == Self.quote, let name = string() else { return false }
                guard next() == UInt8(ascii: ":") else { return false }
                position += 1
                guard next() != nil else { return false }
                if bytes[name].elementsEqual(key) { return true }
                guard skipValue() else { return false }
                guard next() == UInt8(ascii: ",") else { return false }
                position += 1
            }
        }

        /// The byte at the next non-whitespace position (which becomes the position), if any.
        mutating func next() -> UInt8? {
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
                default: return bytes[position]
                }
            }
            return nil
        }

        /// Skips the string starting at the position; returns the range of its contents (escapes as written).
        private mutating func string() -> Range<Int>? {
            let start = position + 1
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case Self.backslash: index += 2
                case Self.quote:
                    position = index + 1
                    return start..<index
                default: index += 1
                }
            }
            return nil
        }

        /// Skips the value starting at the position: a string, an object or array with everything in
        /// it, or a number, `true`, `false` or `null`.
        mutating func skipValue() -> Bool {
            guard let first = next() else { return false }
            if first == Self.quote { return string() != nil }
            guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") else {
                while position < bytes.count, !Self.endsScalar(bytes[position]) { position += 1 }
                return true
            }
            var depth = 0
            while position < bytes.count {
                switch bytes[position] {
                case Self.quote:
                    guard string() != nil else { return false }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        position += 1
                        return true
                    }
                default: break
                }
                position += 1
            }
            return false
        }

        private static func endsScalar(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: " "), UInt8(ascii: "\n"),
                 UInt8(ascii: "\r"), UInt8(ascii: "\t"): true
            default: false
            }
        }

        /// The bookmark's value at the position: null, or a string (its escapes decoded).
        private mutating func bookmarkValue() -> String?? {
            if bytes[position...].starts(with: "null".utf8) { return .some(nil) }
            let start = position
            guard bytes[position] == Self.quote, let contents = string() else { return nil }
            let text = bytes[contents]
            guard text.contains(Self.backslash) else { return .some(String(decoding: text, as: UTF8.self)) }
            let literal = Data(bytes[start..<position])
            return (try? JSONDecoder().decode(String.self, from: literal)).map { .some($0) }
        }
    }
}

extension PageBookmarkScanner {
    /// The byte ranges of the elements of the JSON array that is `json` (whitespace around them
    /// excluded), or of the array `member` of the top-level object; nil when that is not readable JSON
    /// of that shape. Lets a page's items be kept exactly as sent.
    static func elementRanges(in json: Data, member: String? = nil) -> [Range<Int>]? {
        json.withUnsafeBytes { bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.elementRanges(member: member.map { Array($0.utf8) })
        }
    }
}

extension PageBookmarkScanner.Scanner {
    fileprivate mutating func elementRanges(member: [UInt8]?) -> [Range<Int>]? {
        if let member {
            guard seek(toMember: member) else { return nil }
        }
        guard next() == UInt8(ascii: "[") else { return nil }
        position += 1
        var ranges: [Range<Int>] = []
        if next() == UInt8(ascii: "]") { return ranges }
        while true {
            guard let start = next().map({ _ in position }), skipValue() else { return nil }
            ranges.append(start..<position)
            switch next() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): return ranges
            default: return nil
            }
        }
    }
}
