/// Faults the sandbox injects into its answers, for tests and benchmarks. Everything is off by default.
public struct FaultConfiguration: Sendable, Hashable {
    /// Added before every answer.
    public var latency: Duration
    /// Fraction (0...1) of requests answered 500, 502 or 503 with an error body.
    public var serverErrorRate: Double
    /// The next N requests are answered 429 `{code 8}` carrying `X-RateLimit-Reset`.
    public var rateLimitBurst: Int
    /// The `X-RateLimit-Reset` value (seconds) sent with those 429s.
    public var rateLimitResetSeconds: Int
    /// Fraction (0...1) of requests whose connection is closed without an answer.
    public var dropConnectionRate: Double
    /// The next N POST/PATCH/DELETE requests answer 500.
    public var failNextWrites: Int
    /// Seed of the generator that decides which requests fail, so a run is reproducible.
    public var seed: UInt64

    public static let none = FaultConfiguration()

    public init(
        latency: Duration = .zero,
        serverErrorRate: Double = 0,
        rateLimitBurst: Int = 0,
        rateLimitResetSeconds: Int = 1,
        dropConnectionRate: Double = 0,
        failNextWrites: Int = 0,
        seed: UInt64 = 0
    ) {
        self.latency = latency
        self.serverErrorRate = serverErrorRate
        self.rateLimitBurst = rateLimitBurst
        self.rateLimitResetSeconds = rateLimitResetSeconds
        self.dropConnectionRate = dropConnectionRate
        self.failNextWrites = failNextWrites
        self.seed = seed
    }
}
