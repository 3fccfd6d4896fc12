import Foundation
import PinterestAPI
import PinterestSandbox
import Testing

/// The real `tack` binary run as a script command (`tack pins list …`) against an in-process seeded
/// sandbox, with its own HOME and XDG folders; `client` reads the sandbox directly to check the effects.
final class ScriptWorld: Sendable {
    let sandbox: SandboxServer
    let client: PinterestClient
    let home: URL

    /// What one run left: its exit status, standard output and standard error.
    struct Run {
        var status: Int32
        var output: String
        var errors: String

        /// Standard output's lines.
        var lines: [String] { output.split(separator: "\n").map(String.init) }

        /// Standard output decoded as JSON into `type`.
        func decoded<T: Decodable>(_ type: T.Type) throws -> T {
            try PinterestJSON.makeDecoder().decode(T.self, from: Data(output.utf8))
        }
    }

    /// The items of a list printed with `--json`, and the bookmark it printed with them.
    struct ListDocument<Item: Decodable>: Decodable {
        var items: [Item]
        var bookmark: String?
    }

    private init(sandbox: SandboxServer, home: URL) {
        self.sandbox = sandbox
        self.home = home
        client = PinterestClient(configuration: ClientConfiguration(baseURL: sandbox.baseURL, accessToken: TackUnderTest.token))
    }

    /// Runs `body` with a fresh sandbox (seeded with the demo data), then stops it.
    static func with(faults: FaultConfiguration = .none, _ body: (ScriptWorld) async throws -> Void) async throws {
        let sandbox = try await SandboxServer.start(
            SandboxConfiguration(port: 0, requiredToken: TackUnderTest.token, faults: faults))
        let home = FileManager.default.temporaryDirectory.appending(path: "tack-script-\(UUID().uuidString)")
        let world = ScriptWorld(sandbox: sandbox, home: home)
        do {
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try await body(world)
        } catch {
            await world.stop()
            throw error
        }
        await world.stop()
    }

    private func stop() async {
        try? await client.shutdown()
        await sandbox.stop()
        try? FileManager.default.removeItem(at: home)
    }

    /// `tack <arguments> --api <sandbox>` with the sandbox's token in PINTEREST_ACCESS_TOKEN (nil: none),
    /// `input` on standard input.
    func tack(_ arguments: [String], input: String? = nil, token: String? = TackUnderTest.token) async throws -> Run {
        var environment = TackUnderTest.isolatedEnvironment(home: home)
        environment["PINTEREST_ACCESS_TOKEN"] = token
        let result = try await ChildProcess.run(
            [try TackUnderTest.binaryPath()] + arguments + ["--api", sandbox.baseURL.absoluteString],
            capturingOutput: true, environment: environment, input: input.map { Data($0.utf8) }, separateErrors: true)
        return Run(status: result.status, output: result.output, errors: result.errors)
    }

    /// `tack` as `tack(_:)`, requiring exit status 0.
    func succeed(_ arguments: [String], input: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Run {
        let run = try await tack(arguments, input: input)
        try #require(run.status == 0, "tack \(arguments.joined(separator: " ")) exited \(run.status): \(run.errors)", sourceLocation: sourceLocation)
        return run
    }
}
