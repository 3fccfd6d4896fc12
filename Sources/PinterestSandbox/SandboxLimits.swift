/// How long the sandbox waits for its clients and how much it takes from them, so that slow, idle or
/// greedy clients can hold neither its memory nor its shutdown.
public struct SandboxLimits: Sendable {
    /// A connection is closed when this long passes without a request part arriving (between requests,
    /// while the headers are still coming, or when an upload stalls).
    public var idleTimeout: Duration
    /// A request must arrive whole within this long of its headers, however steadily it trickles in.
    public var requestTimeout: Duration
    /// Connections beyond this many wait in the listen backlog until one closes.
    public var maxConnections: Int
    /// The largest request body, in bytes; a larger one is answered 413 and its connection closed.
    public var maxBodyBytes: Int
    /// How long `SandboxServer.stop()` lets requests in flight finish before it closes their connections.
    public var shutdownGracePeriod: Duration

    public init(
        idleTimeout: Duration = .seconds(30),
        requestTimeout: Duration = .seconds(60),
        maxConnections: Int = 64,
        maxBodyBytes: Int = SandboxLimits.defaultMaxBodyBytes,
        shutdownGracePeriod: Duration = .milliseconds(500)
    ) {
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        self.maxConnections = maxConnections
        self.maxBodyBytes = maxBodyBytes
        self.shutdownGracePeriod = shutdownGracePeriod
    }

    /// Room for one image at Pinterest's 20 MB limit sent base64-encoded (4/3 of its size) with the
    /// pin's other fields.
    public static let defaultMaxBodyBytes = 28 << 20
}
