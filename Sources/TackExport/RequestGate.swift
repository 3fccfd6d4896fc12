/// Bounds the requests in flight, and slows them down when the API rate-limits: a 429 halves how many may
/// be in flight and holds every new request until the API's reset time; each run of answers as long as
/// the limit raises it by one again, up to the maximum (additive increase, multiplicative decrease).
actor RequestGate {
    private let maximum: Int
    private(set) var limit: Int
    private var inFlight = 0
    private var successes = 0
    private var resumeAt: ContinuousClock.Instant?
    private var waiters: [CheckedContinuation<Void, Never>] = []
    /// How many times a 429 slowed the requests down.
    private(set) var slowdowns = 0

    init(maximum: Int) {
        self.maximum = max(1, maximum)
        self.limit = self.maximum
    }

    /// Waits for room; throws `CancellationError` when the task is cancelled meanwhile.
    func enter() async throws {
        while true {
            try Task.checkCancellation()
            if let resumeAt, resumeAt > .now {
                try await Task.sleep(until: resumeAt, clock: .continuous)
                continue
            }
            if inFlight < limit {
                inFlight += 1
                return
            }
            await withCheckedContinuation { waiters.append($0) }
        }
    }

    /// A request that entered is done; `answered` when the API answered it (not with a 429).
    func leave(answered: Bool) {
        inFlight -= 1
        if answered {
            successes += 1
            if successes >= limit, limit < maximum {
                limit += 1
                successes = 0
            }
        }
        // Every waiter checks again (a cancelled one leaves): they are at most a handful.
        let woken = waiters
        waiters.removeAll()
        woken.forEach { $0.resume() }
    }

    /// The API refused a request with a 429 and asked to wait `delay`: the first 429 of a wait halves the
    /// limit, and no request enters before the wait is over.
    func rateLimited(wait delay: Duration) {
        let until = ContinuousClock.now + delay
        if resumeAt.map({ $0 < .now }) ?? true {
            slowdowns += 1
            limit = max(1, limit / 2)
            successes = 0
        }
        resumeAt = max(resumeAt ?? until, until)
    }

    /// When requests may go again, while they are held.
    var heldUntil: ContinuousClock.Instant? {
        resumeAt.flatMap { $0 > .now ? $0 : nil }
    }
}
