import TerminalCanvas

/// The pictures loaded (or failed) lately, by pin and size, least recently used first out once
/// `capacity` is reached, so moving back to a pin shows its picture at once.
public struct PictureCache: Hashable, Sendable {
    public enum Entry: Hashable, Sendable {
        case loaded(TerminalImage)
        /// Not fetched again while kept: the reason is shown instead of the picture.
        case failed(String)
    }

    public let capacity: Int
    private var entries: [PictureKey: Entry] = [:]
    /// Least recently used first.
    private var order: [PictureKey] = []

    public init(capacity: Int = 96) {
        self.capacity = max(1, capacity)
    }

    public var count: Int { entries.count }

    /// The entry under `key`, without counting as a use (views read it).
    public subscript(key: PictureKey) -> Entry? { entries[key] }

    /// Keeps `entry` under `key` as the most recently used, dropping the least recently used over capacity.
    public mutating func keep(_ entry: Entry, for key: PictureKey) {
        if entries.updateValue(entry, forKey: key) != nil { order.removeAll { $0 == key } }
        order.append(key)
        while order.count > capacity { entries[order.removeFirst()] = nil }
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
    }
}
