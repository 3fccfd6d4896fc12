import Synchronization

/// A cell's grapheme, kept so that a cell is plain memory: copying a buffer retains nothing and comparing
/// two cells compares a few words. Up to 15 bytes of UTF-8 (every grapheme but long emoji sequences) are
/// stored inline, the count in the last byte; a longer grapheme is stored once in a table shared by the
/// process and kept by its number there. Equal graphemes are equal as bytes: two spellings of the same
/// text (precomposed or not) count as different, which at worst redraws a cell.
struct CellGrapheme: Hashable, Sendable {
    /// Bytes 0-7 of the UTF-8, or the number of a long grapheme.
    private var low: UInt64
    /// Bytes 8-14 of the UTF-8, then the count (or `longMarker`) in the top byte.
    private var high: UInt64

    private static let longMarker: UInt64 = 0xFF
    private static let inlineCapacity = 15

    static let empty = CellGrapheme(low: 0, high: 0)
    static let space = CellGrapheme(ascii: 0x20)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// One printable ASCII character.
    init(ascii: UInt8) {
        self.init(low: UInt64(ascii), high: 1 << 56)
    }

    init(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            self.init(ascii: UInt8(scalar.value))
            return
        }
        var low: UInt64 = 0
        var count: UInt64 = 0
        for unit in UTF8.encode(scalar)! {
            low |= UInt64(unit) << (8 * count)
            count += 1
        }
        self.init(low: low, high: count << 56)
    }

    init(_ text: String) {
        let count = text.utf8.count
        guard count <= Self.inlineCapacity else {
            self.init(low: UInt64(Self.longGraphemes.number(of: text)), high: Self.longMarker << 56)
            return
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { bytes in
            let copied: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
                bytes.copyMemory(from: UnsafeRawBufferPointer(utf8))
            }
            if copied == nil {
                for (index, unit) in text.utf8.enumerated() { bytes[index] = unit }
            }
        }
        self.init(low: UInt64(littleEndian: words.0), high: UInt64(littleEndian: words.1) | UInt64(count) << 56)
    }

    /// True for the right half of a wide character.
    var isEmpty: Bool { low == 0 && high == 0 }

    var string: String {
        if high >> 56 == Self.longMarker {
            return Self.longGraphemes.grapheme(numbered: Int(low))
        }
        var text = ""
        appendUTF8 { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// Appends the UTF-8 to `bytes`.
    func appendUTF8(to bytes: inout [UInt8]) {
        if high >> 56 == Self.longMarker {
            bytes.append(contentsOf: Self.longGraphemes.grapheme(numbered: Int(low)).utf8)
        } else {
            appendUTF8 { bytes.append(contentsOf: $0) }
        }
    }

    /// Calls `body` with the inline UTF-8.
    private func appendUTF8(_ body: (UnsafeRawBufferPointer) -> Void) {
        let count = Int(high >> 56)
        withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { words in
            body(UnsafeRawBufferPointer(rebasing: words.prefix(count)))
        }
    }

    private static let longGraphemes = LongGraphemes()

    /// The graphemes too long to keep inline, each once, numbered in the order first seen.
    private final class LongGraphemes: Sendable {
        private let table = Mutex<(numbers: [String: Int], graphemes: [String])>(([:], []))

        func number(of grapheme: String) -> Int {
            table.withLock { table in
                if let number = table.numbers[grapheme] { return number }
                table.graphemes.append(grapheme)
                table.numbers[grapheme] = table.graphemes.count - 1
                return table.graphemes.count - 1
            }
        }

        func grapheme(numbered number: Int) -> String {
            table.withLock { $0.graphemes[number] }
        }
    }
}
