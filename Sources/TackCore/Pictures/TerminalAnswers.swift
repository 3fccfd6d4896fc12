/// What the terminal said to the queries Tack sends at start-up (`TerminalQueries`), and what the
/// environment says about it; parsed from the raw bytes it answered with.
public struct TerminalAnswers: Hashable, Sendable {
    /// The kitty graphics query was answered `OK`.
    public var kittyGraphics: Bool
    /// The parameters of the primary device attributes answer (`ESC [ ? 62 ; 4 ; 22 c` gives
    /// [62, 4, 22]); nil when there was none.
    public var deviceAttributes: [Int]?
    /// The terminal's name and version from XTVERSION (`ESC P > | iTerm2 3.5.0 ESC \`).
    public var version: String?

    public init(kittyGraphics: Bool = false, deviceAttributes: [Int]? = nil, version: String? = nil) {
        self.kittyGraphics = kittyGraphics
        self.deviceAttributes = deviceAttributes
        self.version = version
    }

    /// Whether the device attributes list 4: sixel graphics.
    public var hasSixel: Bool { deviceAttributes?.contains(4) == true }

    /// Whether the primary device attributes were answered: every terminal answers them, so their
    /// answer ends the wait for the others.
    public var isComplete: Bool { deviceAttributes != nil }

    /// Reads the answers out of `bytes`, skipping anything else in them (keys typed meanwhile).
    public init(parsing bytes: [UInt8]) {
        self.init()
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x1B, index + 1 < bytes.count else {
                index += 1
                continue
            }
            let introducer = bytes[index + 1]
            let bodyStart = index + 2
            switch introducer {
            case UInt8(ascii: "_"), UInt8(ascii: "P"):
                // APC (kitty) and DCS (XTVERSION) run to the string terminator ESC \ (or BEL).
                let end = Self.stringTerminator(in: bytes, from: bodyStart)
                let body = String(decoding: bytes[bodyStart..<end.bodyEnd], as: UTF8.self)
                if introducer == UInt8(ascii: "_"), body.hasPrefix("G") {
                    if body.hasSuffix(";OK") { kittyGraphics = true }
                } else if introducer == UInt8(ascii: "P"), body.hasPrefix(">|") {
                    version = String(body.dropFirst(2))
                }
                index = end.next
            case UInt8(ascii: "["):
                var end = bodyStart
                while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
                guard end < bytes.count else { return }
                let body = String(decoding: bytes[bodyStart..<end], as: UTF8.self)
                if bytes[end] == UInt8(ascii: "c"), body.hasPrefix("?") {
                    deviceAttributes = body.dropFirst().split(separator: ";").compactMap { Int($0) }
                }
                index = end + 1
            default:
                index += 1
            }
        }
    }

    /// Where a string sequence's body ends and what follows its terminator.
    private static func stringTerminator(in bytes: [UInt8], from start: Int) -> (bodyEnd: Int, next: Int) {
        var end = start
        while end < bytes.count {
            if bytes[end] == 0x07 { return (end, end + 1) }
            if bytes[end] == 0x1B, end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\\") { return (end, end + 2) }
            end += 1
        }
        return (end, end)
    }
}
