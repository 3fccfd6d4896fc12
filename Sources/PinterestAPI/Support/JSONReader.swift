import Foundation

/// A cursor over the bytes of a JSON text that reads values one at a time, without building a tree.
///
/// It is strict: whatever RFC 8259 does not allow (a trailing comma, an unescaped control character,
/// invalid UTF-8, a leading zero) makes a read fail, as do a lone surrogate escape in a string it decodes,
/// nesting deeper than `maximumDepth` and a member name with an escape in it. A reader that fails reads no further; its
/// callers then leave the text to `JSONDecoder`, which is never stricter, so the answer stays its answer.
struct JSONReader {
    let bytes: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    private(set) var position = 0
    /// The bytes of the string being decoded, when it has escapes.
    private var unescaped: [UInt8] = []

    /// How deep `skipValue` goes into nested objects and arrays before it fails.
    static let maximumDepth = 64

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    // MARK: Structure

    /// The byte at the next non-whitespace position (which becomes the position), if any.
    mutating func peek() -> UInt8? {
        while position < bytes.count {
            switch bytes[position] {
            case .space, .newline, .carriageReturn, .tab: position += 1
            default: return bytes[position]
            }
        }
        return nil
    }

    /// Moves past `byte` if it is the next non-whitespace byte.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    /// Whether only whitespace is left.
    mutating func isAtEnd() -> Bool { peek() == nil }

    /// Reads an object, calling `member` with each member's name (its raw bytes) with the position at the
    /// member's value, which `member` must read or skip; false when `member` does or the object is malformed.
    mutating func readObject(_ member: (inout JSONReader, UnsafeRawBufferPointer) -> Bool) -> Bool {
        guard consume(.openBrace) else { return false }
        if consume(.closeBrace) { return true }
        repeat {
            guard let name = memberName(), member(&self, name) else { return false }
        } while consume(.comma)
        return consume(.closeBrace)
    }

    /// Reads an array, calling `element` with the position at each element, which it must read or skip.
    mutating func readArray(_ element: (inout JSONReader) -> Bool) -> Bool {
        guard consume(.openBracket) else { return false }
        if consume(.closeBracket) { return true }
        repeat {
            guard element(&self) else { return false }
        } while consume(.comma)
        return consume(.closeBracket)
    }

    /// Reads a member's name and the colon after it; nil when it has an escape in it.
    mutating func memberName() -> UnsafeRawBufferPointer? {
        guard peek() == .quote, let string = scanString(), !string.escaped, consume(.colon) else { return nil }
        return UnsafeRawBufferPointer(rebasing: bytes[string.contents])
    }

    /// Moves past the value at the position, checking it.
    mutating func skipValue() -> Bool { skipValue(depth: 0) }

    private mutating func skipValue(depth: Int) -> Bool {
        guard let first = peek() else { return false }
        switch first {
        case .quote: return scanString() != nil
        case .openBrace:
            return depth < Self.maximumDepth && readObject { reader, _ in reader.skipValue(depth: depth + 1) }
        case .openBracket:
            return depth < Self.maximumDepth && readArray { $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return null()
        default: return scanNumber() != nil
        }
    }

    // MARK: Scalars

    /// Moves past `null` if it is the next value.
    mutating func null() -> Bool { literal("null") }

    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        guard peek() != nil, bytes.count - position >= word.utf8CodeUnitCount,
              memcmp(bytes.baseAddress! + position, word.utf8Start, word.utf8CodeUnitCount) == 0
        else { return false }
        position += word.utf8CodeUnitCount
        return true
    }

    /// A string with its escapes decoded.
    mutating func string() -> String? {
        guard peek() == .quote, let string = scanString() else { return nil }
        guard string.escaped else {
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[string.contents]), as: UTF8.self)
        }
        return unescape(string.contents)
    }

    /// An integer written without a fraction or exponent; nil for any other number or one that does not
    /// fit in an `Int`.
    mutating func integer() -> Int? {
        guard peek() != nil, let number = scanNumber(), number.isInteger else { return nil }
        let text = number.text
        let negative = bytes[text.lowerBound] == .minus
        var value = 0
        for index in (negative ? text.lowerBound + 1 : text.lowerBound)..<text.upperBound {
            let digit = Int(bytes[index] &- .digitZero)
            let (shifted, shiftOverflows) = value.multipliedReportingOverflow(by: 10)
            let (next, addOverflows) = negative
                ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !shiftOverflows, !addOverflows else { return nil }
            value = next
        }
        return value
    }

    /// A number as a `Double`, correctly rounded; nil when it is out of range (infinite or, but for zero,
    /// below the normal range), where `JSONDecoder`'s rules are its own.
    mutating func double() -> Double? {
        guard peek() != nil, let text = scanNumber()?.text,
              let value = Double(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[text]), as: UTF8.self))
        else { return nil }
        if value.isNormal { return value }
        let mantissaIsZero = bytes[text].prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
            .allSatisfy { $0 == .digitZero || $0 == .minus || $0 == .dot }
        return value.isZero && mantissaIsZero ? value : nil
    }

    // MARK: Scanning

    /// Moves past the number at the position (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`): its range,
    /// and whether it has neither fraction nor exponent.
    private mutating func scanNumber() -> (text: Range<Int>, isInteger: Bool)? {
        let start = position
        var index = position
        func digits() -> Int {
            let first = index
            while index < bytes.count, (UInt8.digitZero...UInt8.digitNine).contains(bytes[index]) { index += 1 }
            return index - first
        }
        if index < bytes.count, bytes[index] == .minus { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == .digitZero {
            index += 1
        } else {
            guard digits() > 0 else { return nil }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == .dot {
            index += 1
            guard digits() > 0 else { return nil }
            isInteger = false
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == .plus || bytes[index] == .minus { index += 1 }
            guard digits() > 0 else { return nil }
            isInteger = false
        }
        if index < bytes.count, !Self.endsNumber(bytes[index]) { return nil }
        position = index
        return (start..<index, isInteger)
    }

    private static func endsNumber(_ byte: UInt8) -> Bool {
        switch byte {
        case .comma, .closeBrace, .closeBracket, .space, .newline, .carriageReturn, .tab: true
        default: false
        }
    }

    /// Moves past the string whose opening quote is at the position, checking its escapes and its UTF-8:
    /// the range of its contents as written, and whether they have escapes.
    private mutating func scanString() -> (contents: Range<Int>, escaped: Bool)? {
        let start = position + 1
        var index = start
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case .quote:
                position = index + 1
                return (start..<index, escaped)
            case .backslash:
                escaped = true
                guard index + 1 < bytes.count else { return nil }
                switch bytes[index + 1] {
                case .quote, .backslash, .slash, UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
                     UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard hexValue(at: index + 2) != nil else { return nil }
                    index += 6
                default: return nil
                }
            case 0..<0x20: return nil
            case 0x80...:
                guard let length = utf8SequenceLength(at: index) else { return nil }
                index += length
            default: index += 1
            }
        }
        return nil
    }

    /// The value of the four hex digits at `index`, if there are four.
    private func hexValue(at index: Int) -> UInt16? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case .digitZero ... .digitNine: digit = byte - .digitZero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// The length of the well-formed UTF-8 sequence of more than one byte at `index`, if it is one
    /// (no overlong forms, no surrogates, nothing above U+10FFFF).
    private func utf8SequenceLength(at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: return nil
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for continuation in bytes[(index + 2)..<(index + length)] where continuation & 0xC0 != 0x80 { return nil }
        return length
    }

    /// The string `contents` (already checked by `scanString`) stand for, its escapes decoded; nil for a
    /// lone or reversed surrogate escape.
    private mutating func unescape(_ contents: Range<Int>) -> String? {
        unescaped.removeAll(keepingCapacity: true)
        var index = contents.lowerBound
        while index < contents.upperBound {
            let byte = bytes[index]
            guard byte == .backslash else {
                unescaped.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): unescaped.append(0x08)
            case UInt8(ascii: "f"): unescaped.append(0x0C)
            case UInt8(ascii: "n"): unescaped.append(.newline)
            case UInt8(ascii: "r"): unescaped.append(.carriageReturn)
            case UInt8(ascii: "t"): unescaped.append(.tab)
            case UInt8(ascii: "u"):
                guard let unit = hexValue(at: index) else { return nil }
                index += 4
                var scalar = UInt32(unit)
                switch unit {
                case 0xD800...0xDBFF:
                    guard index + 6 <= contents.upperBound, bytes[index] == .backslash,
                          bytes[index + 1] == UInt8(ascii: "u"), let low = hexValue(at: index + 2),
                          (0xDC00...0xDFFF).contains(low)
                    else { return nil }
                    index += 6
                    scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
                case 0xDC00...0xDFFF: return nil
                default: break
                }
                unescaped.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
            default: unescaped.append(escape)  // `"`, `\` and `/` stand for themselves
            }
        }
        return String(decoding: unescaped, as: UTF8.self)
    }
}

extension UnsafeRawBufferPointer {
    /// Whether these bytes are `name`'s UTF-8.
    func isName(_ name: StaticString) -> Bool {
        count == name.utf8CodeUnitCount && (count == 0 || memcmp(baseAddress!, name.utf8Start, count) == 0)
    }
}

extension UInt8 {
    fileprivate static let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r"), tab = UInt8(ascii: "\t")
    fileprivate static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")
    fileprivate static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    fileprivate static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    fileprivate static let comma = UInt8(ascii: ","), colon = UInt8(ascii: ":")
    fileprivate static let minus = UInt8(ascii: "-"), plus = UInt8(ascii: "+"), dot = UInt8(ascii: ".")
    fileprivate static let digitZero = UInt8(ascii: "0"), digitNine = UInt8(ascii: "9")
}
