import Synchronization

/// A thread-safe cache bounded by the total cost of its values, evicting the least recently used first.
///
/// Eviction scans for the oldest entry, which is linear in the entry count: the caches here hold at most
/// a few hundred pictures, and a scan of those costs less than the bookkeeping of a linked list.
final class LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        var value: Value
        var cost: Int
        var lastUse: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var totalCost = 0
        var clock: UInt64 = 0
    }

    let maxCost: Int
    private let state = Mutex(State())

    init(maxCost: Int) {
        self.maxCost = maxCost
    }

    func value(for key: Key) -> Value? {
        state.withLock { state in
            guard var entry = state.entries[key] else { return nil }
            state.clock += 1
            entry.lastUse = state.clock
            state.entries[key] = entry
            return entry.value
        }
    }

    /// Keeps `value`, then evicts the least recently used entries until the total cost fits. A value that
    /// alone costs more than the bound is not kept.
    func insert(_ value: Value, cost: Int, for key: Key) {
        guard cost <= maxCost else { return }
        state.withLock { state in
            state.clock += 1
            if let old = state.entries.updateValue(Entry(value: value, cost: cost, lastUse: state.clock), forKey: key) {
                state.totalCost -= old.cost
            }
            state.totalCost += cost
            while state.totalCost > maxCost, let oldest = state.entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
                state.entries[oldest.key] = nil
                state.totalCost -= oldest.value.cost
            }
        }
    }

    var totalCost: Int { state.withLock { $0.totalCost } }
    var count: Int { state.withLock { $0.entries.count } }
}
