import Foundation
import Glibc

/// Lines typed or pasted into the terminal, read on a thread of their own (a read of standard input
/// blocks, and must not hold one of the few threads async code runs on). It reads the descriptor
/// itself, not through stdio: a thread blocked inside stdio's `readLine` holds stdin's lock, and the
/// process's exit, which flushes stdio, could wait on it.
enum PastedAnswerReader {
    static func lines() -> AsyncStream<String> {
        let (lines, sink) = AsyncStream.makeStream(of: String.self)
        let reader = Thread {
            var pending: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                pending += chunk[..<count]
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    sink.yield(String(decoding: pending[..<newline], as: UTF8.self))
                    pending.removeSubrange(...newline)
                }
            }
            if !pending.isEmpty { sink.yield(String(decoding: pending, as: UTF8.self)) }
            sink.finish()
        }
        reader.start()
        return lines
    }
}
