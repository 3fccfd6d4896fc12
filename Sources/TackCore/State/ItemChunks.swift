/// A list's items in API order, held in chunks of fixed size.
///
/// A page appended copies only the outer array and the last chunk, never the items before it: the
/// store keeps the previous state while the reducer makes the next one, so a plain array would be
/// copied whole, item by item, for every page (at 100,000 pins, most of the loading time).
struct ItemChunks<Item: Sendable & Equatable>: RandomAccessCollection, Sendable, Equatable {
    /// Items per chunk: every chunk but the last is full.
    static var chunkSize: Int { 256 }

    private var chunks: [[Item]] = []
    private(set) var count = 0

    init() {}

    init(_ items: [Item]) {
        append(contentsOf: items)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Item {
        chunks[position / Self.chunkSize][position % Self.chunkSize]
    }

    mutating func append(contentsOf items: some Collection<Item>) {
        var rest = items[...]
        while !rest.isEmpty {
            if chunks.isEmpty || chunks[chunks.count - 1].count == Self.chunkSize {
                chunks.append([])
                chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
            }
            let room = Self.chunkSize - chunks[chunks.count - 1].count
            chunks[chunks.count - 1].append(contentsOf: rest.prefix(room))
            rest = rest.dropFirst(room)
        }
        count += items.count
    }
}
