/// A move or delete of several marked pins, one request per pin, with each pin's outcome.
public struct BulkOperation: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case move(to: PinDestination)
        case delete
    }

    public enum Outcome: Hashable, Sendable {
        case pending
        case succeeded
        case failed(APIFailure)
    }

    public let kind: Kind
    /// The pins acted on, in the order they were marked in the list; fixed when the user confirmed.
    public let ids: [String]
    public private(set) var outcomes: [String: Outcome]

    public init(kind: Kind, ids: [String]) {
        self.kind = kind
        var seen = Set<String>()
        self.ids = ids.filter { seen.insert($0).inserted }
        outcomes = Dictionary(uniqueKeysWithValues: self.ids.map { ($0, .pending) })
    }

    /// The write for one pin of the operation.
    public func request(for id: String) -> WriteRequest {
        switch kind {
        case .move(let destination): .movePin(pinId: id, to: destination)
        case .delete: .deletePin(pinId: id)
        }
    }

    /// Records how one pin's request ended; ids outside the operation are ignored.
    public mutating func record(_ outcome: Outcome, for id: String) {
        guard outcomes[id] != nil else { return }
        outcomes[id] = outcome
    }

    public var pendingIDs: [String] { ids.filter { outcomes[$0] == .pending } }
    public var succeededIDs: [String] { ids.filter { outcomes[$0] == .succeeded } }

    /// The pins whose request failed, to keep marked for a retry.
    public var failedIDs: [String] { ids.filter { failure(of: $0) != nil } }

    /// How many requests have ended, either way.
    public var completedCount: Int { ids.count - pendingIDs.count }
    public var isFinished: Bool { pendingIDs.isEmpty }

    /// The progress while running, e.g. "Moving pins: 3 of 5".
    public var progressText: String {
        "\(isMove ? "Moving" : "Deleting") pins: \(completedCount) of \(ids.count)"
    }

    /// What happened, e.g. "4 moved, 1 failed: Board is busy, try again"; the reason is the first
    /// failure's message.
    public var summary: String {
        let verb = isMove ? "moved" : "deleted"
        var parts: [String] = []
        if !succeededIDs.isEmpty || failedIDs.isEmpty {
            parts.append("\(succeededIDs.count) \(verb)")
        }
        if let firstFailure = failedIDs.first.flatMap(failure(of:)) {
            parts.append("\(failedIDs.count) failed: \(firstFailure.userMessage)")
        }
        if !pendingIDs.isEmpty {
            parts.append("\(pendingIDs.count) pending")
        }
        return parts.joined(separator: ", ")
    }

    private var isMove: Bool {
        if case .move = kind { return true }
        return false
    }

    private func failure(of id: String) -> APIFailure? {
        if case .failed(let failure) = outcomes[id] { return failure }
        return nil
    }
}
