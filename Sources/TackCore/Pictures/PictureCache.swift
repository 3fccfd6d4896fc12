import TerminalCanvas

/// The pictures loaded (or failed) lately, by pin and size, least recently used first out once
/// `capacity` pictures or `byteBudget` bytes are reached (a kitty or iTerm2 picture is about 700 kB,
/// symbols a few kB), so moving back to a pin shows its picture at once.
public struct PictureCache: Hashable, Sendable {
    public enum Entry: Hashable, Sendable {
        case loaded(TerminalImage)
        /// Not fetched again while kept: the reason is shown instead of the picture.
        case failed(String)
    }

    public let capacity: Int
    /// The most the kept pictures may take, roughly; the newest picture is kept whatever its size.
    public let byteBudget: Int
    private var entries: [PictureKey: Entry] = [:]
    /// Least recently used first.
    private var order: [PictureKey] = []
    /// What the kept pictures take (`bytes(of:)`).
    public private(set) var bytes = 0

    public init(capacity: Int = 96, byteBudget: Int = 32 << 20) {
        self.capacity = max(1, capacity)
        self.byteBudget = byteBudget
    }

    public var count: Int { entries.count }

    /// About what an entry takes in memory: its cells or its escape sequence.
    static func bytes(of entry: Entry) -> Int {
        switch entry {
        case .loaded(let image):
            switch image.content {
            case .cells(let cells): cells.count * MemoryLayout<Cell>.stride
            case .graphics(_, let payload): payload.count
            }
        case .failed(let reason): reason.utf8.count
        }
    }

    /// The entry under `key`, without counting as a use (views read it).
    public subscript(key: PictureKey) -> Entry? { entries[key] }

    /// Keeps `entry` under `key` as the most recently used, dropping the least recently used over capacity.
    public mutating func keep(_ entry: Entry, for key: PictureKey) {
        if let replaced = entries.updateValue(entry, forKey: key) {
            order.removeAll { $0 == key }
            bytes -= Self.bytes(of: replaced)
        }
        order.append(key)
        bytes += Self.bytes(of: entry)
        while order.count > capacity || (bytes > byteBudget && order.count > 1) {
            if let dropped = entries.removeValue(forKey: order.removeFirst()) { bytes -= Self.bytes(of: dropped) }
        }
    }

    /// Marks the pictures on view as the most recently used, in order, so they are the last to go.
    public mutating func touch(_ keys: [PictureKey]) {
        let present = keys.filter { entries[$0] != nil }
        guard !present.isEmpty, Array(order.suffix(present.count)) != present else { return }
        order.removeAll { present.contains($0) }
        order += present
    }

    /// Forgets every picture (the renderer changed).
    public mutating func removeAll() {
        entries = [:]
        order = []
        bytes = 0
    }
}
