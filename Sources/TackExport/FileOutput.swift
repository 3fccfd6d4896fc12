import Foundation

/// A file written piece by piece into a temporary file beside it, which replaces it only when complete:
/// a reader never sees half a file, and memory holds one piece at a time.
final class FileOutput {
    private let destination: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer = Data()

    init(_ destination: URL) throws {
        self.destination = destination
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        handle = try FileHandle(forWritingTo: temporary)
    }

    func write(_ data: Data) throws {
        buffer.append(data)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func write(_ text: String) throws { try write(Data(text.utf8)) }

    /// Writes what is left, and puts the file in place.
    func commit() throws {
        try flush()
        try handle.close()
        guard rename(temporary.path, destination.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
