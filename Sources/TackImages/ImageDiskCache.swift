import Foundation

/// Downloaded picture files on disk (by default `$XDG_CACHE_HOME/tack/images`), bounded by total size and
/// by age: a file unused for longer than `maxAge` is dropped, and past `maxBytes` the least recently used
/// go first. A file's modification time is its last use (reading one touches it). Files are named by a
/// hash of their URL and written whole or not at all (a temporary file renamed into place), so several
/// Tacks may share the directory.
public struct ImageDiskCache: Sendable {
    public let directory: URL
    public let maxBytes: Int
    public let maxAge: TimeInterval
    private let now: @Sendable () -> Date

    public init(
        directory: URL = ImageDiskCache.defaultDirectory(), maxBytes: Int = 200_000_000,
        maxAge: TimeInterval = 30 * 24 * 3600, now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.directory = directory
        self.maxBytes = maxBytes
        self.maxAge = maxAge
        self.now = now
    }

    /// `$XDG_CACHE_HOME/tack/images`, or `~/.cache/tack/images` without it (or with a relative one).
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        return base.appendingPathComponent("tack/images", isDirectory: true)
    }

    /// The file kept for `url`, if there is one young enough; touches it.
    public func bytes(for url: URL) -> [UInt8]? {
        let file = fileURL(for: url)
        guard let modified = modificationDate(of: file) else { return nil }
        guard now().timeIntervalSince(modified) <= maxAge else {
            try? FileManager.default.removeItem(at: file)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        touch(file)
        return [UInt8](data)
    }

    /// Keeps `bytes` as the file for `url`, then trims the directory to its bounds. Failures to write
    /// (a read-only or full disk) only mean the picture is not cached.
    public func store(_ bytes: [UInt8], for url: URL) {
        guard bytes.count <= maxBytes else { return }
        let file = fileURL(for: url)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: file, options: .atomic)
            touch(file)
        } catch {
            return
        }
        trim()
    }

    /// Removes the files older than `maxAge`, then the least recently used until the rest fit in `maxBytes`.
    public func trim() {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        guard let files = try? FileManager.default.contentsOfDirectory(
            at: directory, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { return }
        var kept: [(file: URL, modified: Date, size: Int)] = []
        for file in files where file.pathExtension == Self.fileExtension {
            guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true,
                  let modified = values.contentModificationDate
            else { continue }
            if now().timeIntervalSince(modified) > maxAge {
                try? FileManager.default.removeItem(at: file)
            } else {
                kept.append((file, modified, values.fileSize ?? 0))
            }
        }
        var total = kept.reduce(0) { $0 + $1.size }
        for entry in kept.sorted(by: { $0.modified < $1.modified }) where total > maxBytes {
            try? FileManager.default.removeItem(at: entry.file)
            total -= entry.size
        }
    }

    /// `<directory>/<hash of the URL>.img`.
    func fileURL(for url: URL) -> URL {
        directory.appendingPathComponent("\(URLDigest.hex(url.absoluteString)).\(Self.fileExtension)")
    }

    private static let fileExtension = "img"

    private func modificationDate(of file: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date
    }

    private func touch(_ file: URL) {
        try? FileManager.default.setAttributes([.modificationDate: now()], ofItemAtPath: file.path)
    }
}
