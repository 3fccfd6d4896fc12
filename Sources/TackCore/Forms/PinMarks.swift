/// The pins marked for a bulk move or delete, by id, and an optional visual range being drawn.
///
/// While a range is active the marks are those made before it plus every pin between the anchor
/// and the current pin; ending the range keeps them, cancelling it restores the earlier marks.
public struct PinMarks: Hashable, Sendable {
    public private(set) var ids: Set<String>
    /// The pin the visual range started on; nil when no range is being drawn.
    public private(set) var rangeAnchor: String?
    /// The pins from the anchor to the current pin while a range is drawn (shown as marked-to-be).
    private var rangeIDs: Set<String>
    /// The marks as they were when the range started; empty without a range.
    private var marksBeforeRange: Set<String>

    public init(ids: Set<String> = []) {
        self.ids = ids
        rangeAnchor = nil
        rangeIDs = []
        marksBeforeRange = []
    }

    public var isEmpty: Bool { ids.isEmpty }
    public var count: Int { ids.count }

    public func isMarked(_ id: String) -> Bool { ids.contains(id) }

    /// True for the pins of the range being drawn, from its anchor to the current pin.
    public func isInRange(_ id: String) -> Bool { rangeIDs.contains(id) }

    /// The marked ids in list order (the order a bulk operation acts in); marked pins not in the
    /// list are left out.
    public func orderedIDs(in order: [String]) -> [String] {
        order.filter(ids.contains)
    }

    /// Marks the pin, or unmarks it when it was marked. During a range, ends the range first.
    public mutating func toggle(_ id: String) {
        endRange()
        if ids.remove(id) == nil {
            ids.insert(id)
        }
    }

    /// Starts a visual range on `id`, marking it.
    public mutating func startRange(at id: String) {
        marksBeforeRange = ids
        rangeAnchor = id
        rangeIDs = [id]
        ids.insert(id)
    }

    /// Stretches the active range from its anchor to `id` in the list `order`; does nothing
    /// without a range or when either pin is not in the list.
    public mutating func extendRange(to id: String, in order: [String]) {
        guard let anchor = rangeAnchor, let from = order.firstIndex(of: anchor), let to = order.firstIndex(of: id)
        else { return }
        rangeIDs = Set(order[min(from, to)...max(from, to)])
        ids = marksBeforeRange.union(rangeIDs)
    }

    /// Ends the range, keeping what it marked.
    public mutating func endRange() {
        rangeAnchor = nil
        rangeIDs = []
        marksBeforeRange = []
    }

    /// Drops the range and what it marked, back to the marks made before it.
    public mutating func cancelRange() {
        guard rangeAnchor != nil else { return }
        ids = marksBeforeRange
        endRange()
    }

    /// Keeps only these ids marked (after a bulk operation: the failures, to retry them).
    public mutating func keepOnly(_ kept: [String]) {
        ids = Set(kept)
        endRange()
    }

    public mutating func clear() { keepOnly([]) }
}
