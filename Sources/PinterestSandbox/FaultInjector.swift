/// Decides, request by request, which configured fault (if any) hits it, and counts the requests received.
actor FaultInjector {
    enum Decision: Equatable {
        case none
        case dropConnection
        case rateLimited(resetSeconds: Int)
        case serverError(code: Int)
    }

    private var faults: FaultConfiguration
    private var generator: SeededGenerator
    private var counts: [String: Int] = [:]

    init(_ faults: FaultConfiguration) {
        self.faults = faults
        generator = SeededGenerator(seed: faults.seed)
    }

    func set(_ newFaults: FaultConfiguration) {
        faults = newFaults
        generator = SeededGenerator(seed: newFaults.seed)
    }

    var latency: Duration { faults.latency }

    func record(_ key: String) {
        counts[key, default: 0] += 1
    }

    func count(_ key: String) -> Int {
        counts[key, default: 0]
    }

    /// The fault for the next request, consuming one from the bursts it uses.
    func decide(isWrite: Bool) -> Decision {
        if roll(faults.dropConnectionRate) { return .dropConnection }
        if faults.rateLimitBurst > 0 {
            faults.rateLimitBurst -= 1
            return .rateLimited(resetSeconds: faults.rateLimitResetSeconds)
        }
        if isWrite, faults.failNextWrites > 0 {
            faults.failNextWrites -= 1
            return .serverError(code: 500)
        }
        if roll(faults.serverErrorRate) { return .serverError(code: [500, 502, 503].randomElement(using: &generator)!) }
        return .none
    }

    private func roll(_ rate: Double) -> Bool {
        rate > 0 && Double.random(in: 0..<1, using: &generator) < rate
    }
}
