/// How to start a `SandboxServer`.
public struct SandboxConfiguration: Sendable {
    public var host: String
    /// 0 picks any free port; `SandboxServer.port` reports the real one.
    public var port: Int
    /// nil keeps the data in memory (tests); a file path persists it across restarts.
    public var databasePath: String?
    /// nil accepts any non-empty bearer token; otherwise only this one.
    public var requiredToken: String?
    /// The OAuth app whose sign-ins the sandbox serves; nil leaves the OAuth endpoints out.
    public var oauth: SandboxOAuth?
    public var faults: FaultConfiguration
    public var limits: SandboxLimits
    /// What a new database starts with: the demo content, or the demo account with nothing in it.
    public var content: SandboxContent

    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        databasePath: String? = nil,
        requiredToken: String? = nil,
        oauth: SandboxOAuth? = nil,
        faults: FaultConfiguration = .none,
        limits: SandboxLimits = SandboxLimits(),
        content: SandboxContent = .demo
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.requiredToken = requiredToken
        self.oauth = oauth
        self.faults = faults
        self.limits = limits
        self.content = content
    }
}
