import Foundation
import Glibc

/// Asking the terminal about itself before curses starts, and the sequences written to it as they are.
enum TerminalQuery {
    /// How long to wait for the answers; a terminal that answers at all does so in a few milliseconds.
    static let timeoutMilliseconds: Int32 = 300

    /// Writes `queries` to `descriptor` in raw mode and reads until the primary device attributes
    /// answer (`ESC [ ? … c`, asked last, answered by every terminal) has come, or the time is up.
    /// The terminal's settings are put back before returning.
    static func ask(_ queries: String, descriptor: Int32, settings: termios) -> [UInt8] {
        var raw = settings
        cfmakeraw(&raw)
        guard tcsetattr(descriptor, TCSANOW, &raw) == 0 else { return [] }
        defer {
            var saved = settings
            tcsetattr(descriptor, TCSANOW, &saved)
        }
        let bytes = Array(queries.utf8)
        guard bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else { return [] }
        var answers: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 512)
        let deadline = ContinuousClock.now + .milliseconds(Int(timeoutMilliseconds))
        while !hasDeviceAttributes(answers) {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { break }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let wait = Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
            guard poll(&poller, 1, max(1, wait)) > 0 else { continue }
            let count = read(descriptor, &chunk, chunk.count)
            guard count > 0 else { break }
            answers += chunk[0..<count]
        }
        return answers
    }

    /// Whether `bytes` hold a primary device attributes answer: ESC [ ? then digits and ; then c.
    static func hasDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0x1B, bytes[index + 1] == UInt8(ascii: "["), bytes[index + 2] == UInt8(ascii: "?") {
                var end = index + 3
                while end < bytes.count, bytes[end] == UInt8(ascii: ";") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: "c") { return true }
            }
            index += 1
        }
        return false
    }

    /// OSC 52: sets the clipboard ("c") to `text`, base64 encoded.
    static func clipboard(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{7}"
    }

    /// Deletes every kitty graphics placement on screen (and frees their images).
    static let kittyDeleteAll = "\u{1B}_Ga=d,d=A\u{1B}\\"
}
