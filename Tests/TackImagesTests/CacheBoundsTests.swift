import Foundation
import Synchronization
@testable import TackImages
import Testing

/// The memory cache keeps the most recently used within its bound; the disk cache drops files by age
/// and, past its size, the least recently used first.
@Suite struct CacheBoundsTests {
    @Test func memoryCacheEvictsTheLeastRecentlyUsed() {
        let cache = LRUCache<String, Int>(maxCost: 100)
        cache.insert(1, cost: 40, for: "a")
        cache.insert(2, cost: 40, for: "b")
        #expect(cache.value(for: "a") == 1)
        cache.insert(3, cost: 40, for: "c")
        #expect(cache.value(for: "b") == nil, "b was used least recently")
        #expect(cache.value(for: "a") == 1 && cache.value(for: "c") == 3)
        #expect(cache.totalCost == 80 && cache.count == 2)
        cache.insert(4, cost: 101, for: "huge")
        #expect(cache.value(for: "huge") == nil && cache.count == 2, "a value over the bound is not kept")
        cache.insert(5, cost: 10, for: "a")
        #expect(cache.totalCost == 50 && cache.value(for: "a") == 5, "replacing a value replaces its cost")
    }

    @Test func diskCacheKeepsTheNewestWithinItsSize() throws {
        try withCacheDirectory { directory, clock in
            let cache = ImageDiskCache(directory: directory, maxBytes: 250, maxAge: 3600, now: clock.now)
            let urls = ["a", "b", "c", "d"].map { URL(string: "https://i.example/\($0).jpg")! }
            for url in urls.prefix(3) {
                cache.store([UInt8](repeating: 7, count: 100), for: url)
                clock.advance(1)
            }
            #expect(cache.bytes(for: urls[0]) == nil, "the oldest went to make room")
            #expect(cache.bytes(for: urls[1])?.count == 100, "reading b makes it the newest")
            clock.advance(1)
            cache.store([UInt8](repeating: 8, count: 100), for: urls[3])
            #expect(cache.bytes(for: urls[2]) == nil)
            #expect(cache.bytes(for: urls[1]) != nil && cache.bytes(for: urls[3]) == [UInt8](repeating: 8, count: 100))
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(files.count == 2 && files.allSatisfy { $0.count == 32 + 4 }, "named by a hash: \(files)")
        }
    }

    @Test func diskCacheDropsFilesOlderThanItsAge() throws {
        try withCacheDirectory { directory, clock in
            let cache = ImageDiskCache(directory: directory, maxBytes: 10_000, maxAge: 60, now: clock.now)
            let old = URL(string: "https://i.example/old.jpg")!, new = URL(string: "https://i.example/new.jpg")!
            cache.store([1, 2, 3], for: old)
            clock.advance(50)
            cache.store([4, 5, 6], for: new)
            clock.advance(20)
            cache.trim()
            #expect(!FileManager.default.fileExists(atPath: cache.fileURL(for: old).path))
            #expect(cache.bytes(for: old) == nil && cache.bytes(for: new) == [4, 5, 6])
            clock.advance(61)
            #expect(cache.bytes(for: new) == nil, "expired on reading too")
        }
    }

    @Test func cacheDirectoryFollowsXDG() {
        #expect(ImageDiskCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x/cache"]).path == "/x/cache/tack/images")
        #expect(ImageDiskCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "relative"]).path.hasSuffix("/.cache/tack/images"))
    }

    func withCacheDirectory(_ body: (URL, TestClock) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tack-images-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory, TestClock())
    }
}

/// A clock the test moves by hand.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_800_000_000))

    var now: @Sendable () -> Date { { self.current.withLock { $0 } } }

    func advance(_ seconds: TimeInterval) {
        current.withLock { $0 += seconds }
    }
}
