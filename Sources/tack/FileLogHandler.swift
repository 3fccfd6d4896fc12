import Foundation
import Logging
import Synchronization

/// A swift-log handler appending lines to a file: while the UI owns the terminal nothing may be
/// printed to it, so every log line (Tack's, the HTTP client's and the embedded sandbox's) goes here.
struct FileLogHandler: LogHandler {
    private let label: String
    private let sink: LogFileSink
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    init(label: String, sink: LogFileSink, level: Logger.Level) {
        self.label = label
        self.sink = sink
        self.logLevel = level
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let details = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
        let timestamp = Date().formatted(.iso8601)
        sink.append("\(timestamp) \(event.level) \(label): \(event.message)\(details)\n")
    }
}

/// One open log file shared by every handler; appends are serialised by a lock.
final class LogFileSink: Sendable {
    private let handle: Mutex<FileHandle>

    /// Opens `path` for appending, creating it readable by its owner only (0600) when it is new.
    init(path: String) throws {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw LogFileError(path: path, reason: String(cString: strerror(errno)))
        }
        self.handle = Mutex(FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }

    func append(_ line: String) {
        handle.withLock { $0.write(Data(line.utf8)) }
    }
}

/// The log file could not be opened; says which file and the system's reason.
struct LogFileError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    var description: String { "cannot open the log file \(path): \(reason)" }
}
