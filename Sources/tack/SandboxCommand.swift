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

    @Option(
        name: .customLong("port-file"),
        help: "Once listening, write the port to this file (replaced atomically), for scripts that use --port 0.")
    var portFile: String?

    @OptionGroup var faults: FaultOptions

    func run() async throws {
        let databasePath = try data ?? XDGPaths.dataFile("sandbox.sqlite")
        if reset { try await SandboxDatabase.reset(at: databasePath) }
        let server = try await SandboxServer.start(SandboxConfiguration(
            port: port, databasePath: databasePath, requiredToken: token, faults: faults.configuration
        ))
        // Written unbuffered: redirected, print's output would wait in a buffer until exit, and a script
        // reading the banner needs it now.
        FileHandle.standardOutput.write(Data("""
            Pinterest API sandbox listening on \(server.baseURL.absoluteString)
            Data: \(databasePath)
            Token: \(token.map { _ in "only the one given with --token" } ?? "any non-empty bearer token")
            Try: curl -H 'Authorization: Bearer demo' \(server.baseURL.absoluteString)/boards

            """.utf8))
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
