import ArgumentParser
import Foundation
import PinterestSandbox

/// `tack sandbox`: the local server that speaks the Pinterest API v5, run on its own.
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sandbox",
        abstract: "Run the local Pinterest API v5 sandbox server on 127.0.0.1."
    )

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 8085

    @Option(help: "SQLite file holding the sandbox's data; seeded with demo content when new.")
    var data: String?

    @Option(help: "Accept only this bearer token (default: any non-empty token).")
    var token: String?

    @Flag(help: "Reseed the data file with fresh demo content before starting.")
    var reset = false

    @Flag(help: ArgumentHelp(
        "Start with the account alone: no boards, pins, people or websites (a target for tack import).",
        discussion: "Without --data the data is kept in memory; a data file that exists already needs --reset to be emptied."))
    var empty = false

    @Option(
        name: .customLong("port-file"),
        help: "Once listening, write the port to this file (replaced atomically), for scripts that use --port 0.")
    var portFile: String?

    @OptionGroup var faults: FaultOptions

    @OptionGroup var oauth: SandboxOAuthOptions

    func validate() throws {
        if empty, !reset, let data, FileManager.default.fileExists(atPath: data) {
            throw ValidationError("--empty seeds only a new data file, and \(data) exists: add --reset to empty it.")
        }
    }

    func run() async throws {
        let content: SandboxContent = empty ? .empty : .demo
        // An empty sandbox without --data lives in memory: the default file keeps its demo content.
        let databasePath: String? = empty && data == nil ? nil : try data ?? XDGPaths.dataFile("sandbox.sqlite")
        if reset, let databasePath { try await SandboxDatabase.reset(at: databasePath, content: content) }
        let server = try await SandboxServer.start(SandboxConfiguration(
            port: port, databasePath: databasePath, requiredToken: token, oauth: oauth.configuration,
            faults: faults.configuration, content: content
        ))
        // Written unbuffered: redirected, print's output would wait in a buffer until exit, and a script
        // reading the banner needs it now.
        FileHandle.standardOutput.write(Data(banner(for: server, databasePath: databasePath).utf8))
        if let portFile {
            do {
                try Data("\(server.port)\n".utf8).write(to: URL(fileURLWithPath: portFile), options: .atomic)
            } catch {
                await server.stop()
                throw error
            }
        }
        await waitForTerminationSignal()
        await server.stop()
        // A port file left behind would name a port nothing listens on any more.
        if let portFile { try? FileManager.default.removeItem(atPath: portFile) }
    }
}

extension SandboxCommand {
    private func banner(for server: SandboxServer, databasePath: String?) -> String {
        let api = server.baseURL.absoluteString
        let place = databasePath ?? "in memory"
        var lines = ["Pinterest API sandbox listening on \(api)", "Data: \(place)\(empty ? " (empty)" : "")", "Token: \(tokenRule)"]
        if let app = oauth.configuration {
            lines.append("Sign-in: \(api.dropLast("/v5".count))/oauth/ for the app \(app.clientId)")
        }
        if oauth.configuration == nil, token == nil { lines.append("Try: curl -H 'Authorization: Bearer demo' \(api)/boards") }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// Which bearer tokens API calls may carry, as the banner says it.
    private var tokenRule: String {
        switch (token, oauth.configuration) {
        case (nil, nil): "any non-empty bearer token"
        case (_?, nil): "only the one given with --token"
        case (nil, _?): "only tokens issued by its sign-in"
        case (_?, _?): "the one given with --token, or tokens issued by its sign-in"
        }
    }
}

/// Fault injection switches shared by `tack sandbox` and `tack --demo`.
struct FaultOptions: ParsableArguments {
    @Option(name: .customLong("latency-ms"), help: "Delay every answer by this many milliseconds.")
    var latencyMilliseconds: Int = 0

    @Option(name: .customLong("error-rate"), help: "Fraction (0...1) of requests answered with a 5xx.")
    var serverErrorRate: Double = 0

    @Option(name: .customLong("rate-limit-burst"), help: "Answer the first N requests with 429 and X-RateLimit-Reset.")
    var rateLimitBurst: Int = 0

    @Option(name: .customLong("drop-rate"), help: "Fraction (0...1) of connections closed without an answer.")
    var dropConnectionRate: Double = 0

    @Option(name: .customLong("fail-writes"), help: "Answer the next N writes (POST, PATCH, DELETE) with a 500.")
    var failNextWrites: Int = 0

    func validate() throws {
        guard (0...1).contains(serverErrorRate), (0...1).contains(dropConnectionRate) else {
            throw ValidationError("--error-rate and --drop-rate take a fraction between 0 and 1.")
        }
        guard latencyMilliseconds >= 0, rateLimitBurst >= 0, failNextWrites >= 0 else {
            throw ValidationError("--latency-ms, --rate-limit-burst and --fail-writes cannot be negative.")
        }
    }

    var configuration: FaultConfiguration {
        var faults = FaultConfiguration.none
        faults.latency = .milliseconds(latencyMilliseconds)
        faults.serverErrorRate = serverErrorRate
        faults.rateLimitBurst = rateLimitBurst
        faults.dropConnectionRate = dropConnectionRate
        faults.failNextWrites = failNextWrites
        return faults
    }
}

/// The OAuth app the sandbox signs users in for (`tack auth login --api` against it).
struct SandboxOAuthOptions: ParsableArguments {
    @Option(name: .customLong("client-id"), help: "Serve OAuth sign-in for the app with this id.")
    var clientId: String?

    @Option(name: .customLong("client-secret"), help: "The app's secret (a test value: the sandbox is local).")
    var clientSecret: String?

    @Option(
        name: .customLong("redirect-uri"),
        help: "A redirect address registered for the app (repeatable; default http://localhost:8085/).")
    var redirectURIs: [String] = []

    @Option(name: .customLong("access-token-ttl"), help: "How long an access token lives, e.g. 5s (default 30d).")
    var accessTokenLifetime: DurationArgument?

    @Option(name: .customLong("refresh-token-ttl"), help: "How long a refresh token lives, e.g. 60s (default 60d).")
    var refreshTokenLifetime: DurationArgument?

    func validate() throws {
        guard (clientId == nil) == (clientSecret == nil) else {
            throw ValidationError("--client-id and --client-secret go together.")
        }
        if clientId == nil, !redirectURIs.isEmpty || accessTokenLifetime != nil || refreshTokenLifetime != nil {
            throw ValidationError("--redirect-uri and the token lifetimes need --client-id and --client-secret.")
        }
    }

    var configuration: SandboxOAuth? {
        guard let clientId, let clientSecret else { return nil }
        var app = SandboxOAuth(clientId: clientId, clientSecret: clientSecret)
        if !redirectURIs.isEmpty { app.redirectURIs = redirectURIs }
        if let accessTokenLifetime { app.accessTokenLifetime = accessTokenLifetime.duration }
        if let refreshTokenLifetime { app.refreshTokenLifetime = refreshTokenLifetime.duration }
        return app
    }
}
