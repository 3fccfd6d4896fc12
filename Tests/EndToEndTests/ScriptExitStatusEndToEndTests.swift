import Foundation
import PinterestAPI
import PinterestSandbox
import Testing

/// The exit statuses the README documents for script commands, from the real binary: 0 done, 1 API
/// error, 2 usage, 3 authentication, 4 rate limited after retries; and `--demo` as the UI has it.
@Suite struct ScriptExitStatusEndToEndTests {
    @Test func anAPIErrorExitsOneWithTheMessageAndPinterestsCode() async throws {
        try await ScriptWorld.with { world in
            let run = try await world.tack(["pins", "get", "123"])
            #expect(run.status == 1)
            #expect(run.errors.hasPrefix("tack: ") && run.errors.hasSuffix("(HTTP 404, Pinterest code 50)\n"), "\(run.errors)")
            #expect(run.output.isEmpty)
        }
    }

    @Test func noTokenOrARefusedOneExitsThree() async throws {
        try await ScriptWorld.with { world in
            let unsigned = try await world.tack(["boards", "list"], token: nil)
            #expect(unsigned.status == 3)
            #expect(unsigned.errors.hasPrefix("tack: not signed in to Pinterest."), "\(unsigned.errors)")
            let refused = try await world.tack(["boards", "list"], token: "not-the-sandbox-token")
            #expect(refused.status == 3)
            #expect(refused.errors.contains(PinterestError.tokenRefusedMessage) && refused.errors.contains("HTTP 401"), "\(refused.errors)")
            #expect(!refused.errors.contains("not-the-sandbox-token"))
        }
    }

    @Test func stillRateLimitedAfterRetriesExitsFour() async throws {
        var faults = FaultConfiguration.none
        faults.rateLimitBurst = 1_000
        try await ScriptWorld.with(faults: faults) { world in
            let run = try await world.tack(["boards", "list"])
            #expect(run.status == 4)
            #expect(run.errors.contains("(HTTP 429, Pinterest code 8)"), "\(run.errors)")
        }
    }

    @Test func aBadAPIRootIsAUsageError() async throws {
        let run = try await Self.tack(["boards", "list", "--api", "ftp://example.com/v5"])
        #expect(run.status == 2)
        #expect(run.errors.hasPrefix("tack: --api is not an API root"), "\(run.errors)")
    }

    /// `--demo` starts the embedded sandbox on the demo data file, as `tack --demo` does for the UI.
    @Test func demoListsTheDemoBoards() async throws {
        let run = try await Self.tack(["boards", "list", "--demo", "--jsonl"]) { home in
            #expect(FileManager.default.fileExists(atPath: home.appending(path: "data/tack/demo.sqlite").path))
        }
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.split(separator: "\n").count == 8 && run.output.contains(#""name":"Summer Recipes"#))
    }

    /// `tack <arguments>` with its own HOME and a token; `inspect` sees the HOME before it is removed.
    private static func tack(_ arguments: [String], inspect: (URL) -> Void = { _ in }) async throws -> ChildProcess.Result {
        let home = FileManager.default.temporaryDirectory.appending(path: "tack-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = TackUnderTest.isolatedEnvironment(home: home)
        environment["PINTEREST_ACCESS_TOKEN"] = TackUnderTest.token
        let run = try await ChildProcess.run(
            [try TackUnderTest.binaryPath()] + arguments, capturingOutput: true, environment: environment, separateErrors: true)
        inspect(home)
        return run
    }
}
