import Foundation

/// Lines typed or pasted into the terminal, read on a thread of their own (a read of standard input
/// blocks, and must not hold one of the few threads async code runs on).
enum PastedAnswerReader {
    static func lines() -> AsyncStream<String> {
        let (lines, sink) = AsyncStream.makeStream(of: String.self)
        let reader = Thread {
            while let line = readLine() { sink.yield(line) }
            sink.finish()
        }
        reader.start()
        return lines
    }
}
