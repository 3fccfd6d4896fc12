import Foundation
import Testing

/// What the real binary says, before any UI, about a start-up it refuses: one line on standard error and
/// exit status 2. (Config errors keep the config loader's status, 1, and name the file and line.)
@Suite(.serialized)
struct StartupRefusalEndToEndTests {
    @Test(arguments: [
        ("http://127.0.0.1:99999/v5", "the port 99999 is out of range (1-65535)"),
        ("http://127.0.0.1:0/v5", "the port 0 is out of range"),
        ("http:///v5", "it has no host"),
        ("127.0.0.1:8085/v5", "it has no scheme"),
        ("ftp://127.0.0.1/v5", "Tack speaks only http and https"),
        ("http://127.0.0.1:8085/", "its path must end in the API version"),
        ("http://127.0.0.1:8085/v5/boards", "its path must end in the API version"),
    ])
    func refusesABadAPIValueOnOneLine(value: String, reason: String) async throws {
        let run = try await runTack(["--api", value])
        #expect(run.status == 2)
        #expect(run.output.hasPrefix("tack: --api is not an API root: \(reason)"), "output: \(run.output)")
        #expect(!run.output.contains("\n"), "one line: \(run.output)")
        #expect(!run.output.contains("Fatal error"))
    }

    @Test(arguments: [
        ("act_549755885175", "it must be digits only, as in 549755885175"),
        ("1234567890123456789", "it has 19 digits; an ad account id has at most 18"),
    ])
    func refusesABadAdAccountOnOneLine(value: String, reason: String) async throws {
        // The option wins over a good value in the config file, so its own value is the one refused.
        let run = try await runTack(["--demo", "--ad-account", value], config: "ad_account_id = \"42\"\n")
        #expect(run.status == 2)
        #expect(run.output == "tack: --ad-account: not an ad account id: \(reason)", "output: \(run.output)")
    }

    /// A good ad account, from the option or the config file, starts the UI; the log says which and where from.
    @Test(arguments: [
        (["--ad-account", "549755885175"], "given_in=--ad-account"), ([], "config.toml:2"),
    ])
    func startsWithAGoodAdAccount(arguments: [String], origin: String) async throws {
        let app = try await TackUnderTest.launch(arguments: arguments) { home in
            try Self.writeConfig("theme = \"mono\"\nad_account_id = \"549755885175\"\n", home: home)
        }
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)
        try await app.terminal.require(board.name)
        let log = try String(contentsOf: app.home.appending(path: "state/tack/tack.log"), encoding: .utf8)
        let line = log.split(separator: "\n").first { $0.contains("acting for an ad account's owner") } ?? ""
        #expect(line.contains("ad_account_id=549755885175") && line.contains(origin), "log:\n\(log)")
    }

    @Test func refusesABadAdAccountInTheConfigFileNamingTheFile() async throws {
        let run = try await runTack(["--demo"], config: "\nad_account_id = \"act_42\"\n")
        #expect(run.status == 1)
        #expect(run.output.hasSuffix(
            "config.toml:2: ad_account_id is not an ad account id: it must be digits only, as in 549755885175"),
            "output: \(run.output)")
    }

    @Test func refusesABadAPIBaseURLInTheConfigFileNamingTheFile() async throws {
        let run = try await runTack([], config: "api_base_url = \"http://127.0.0.1:99999/v5\"\n")
        #expect(run.status == 1)
        #expect(run.output.hasSuffix(
            "config.toml:1: api_base_url is not an API root: the port 99999 is out of range (1-65535)"),
            "output: \(run.output)")
        #expect(run.output.hasPrefix("tack: the config file has errors, so Tack will not start:\n"), "output: \(run.output)")
    }

    @Test(arguments: ["e2e-DISTINCT-\u{1B}[31m-token", "e2e-DISTINCT\r\nX-Injected: 1", "e2e DISTINCT token"])
    func refusesATokenWithControlCharactersWithoutShowingIt(token: String) async throws {
        let app = try await TackUnderTest.launch(token: token, inShell: true)
        defer { Task { await app.shutDown() } }
        try await app.terminal.require(TackUnderTest.shellReady)
        let screen = try await app.terminal.screen()
        let errors = try String(contentsOf: app.standardErrorFile, encoding: .utf8)
        #expect(screen.contains("tack exited with 2"), "screen was:\n\(screen)")
        #expect(errors.hasPrefix("tack: PINTEREST_ACCESS_TOKEN: The access token cannot be used: it contains"))
        #expect(errors.split(separator: "\n").count == 1, "one line: \(errors)")
        #expect(!screen.contains("DISTINCT") && !errors.contains("DISTINCT"), "the token was shown:\n\(screen)\n\(errors)")
    }

    @Test func trimsATokenSavedWithWindowsLineEndings() async throws {
        let app = try await TackUnderTest.launch(token: TackUnderTest.token + "\r\n")
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)
        try await app.terminal.require(board.name)
    }

    @Test func trimsTheConfigFilesToken() async throws {
        let app = try await TackUnderTest.launch(token: nil) { home in
            try Self.writeConfig("access_token = \"\\t\(TackUnderTest.token)\\r\\n\"\n", home: home)
        }
        defer { Task { await app.shutDown() } }
        let board = try #require(try await app.client.boardsList().items.first)
        try await app.terminal.require(board.name)
    }

    @Test(arguments: [
        ("dumb", "the terminal type TERM=dumb cannot move the cursor"),
        ("nonexistent-term", "the terminal type TERM=nonexistent-term is not in this system's terminfo database"),
    ])
    func refusesATerminalItCannotDrawOn(term: String, message: String) async throws {
        let app = try await TackUnderTest.launch(term: term, inShell: true)
        defer { Task { await app.shutDown() } }
        try await app.terminal.require(TackUnderTest.shellReady)
        let screen = try await app.terminal.screen()
        let errors = try String(contentsOf: app.standardErrorFile, encoding: .utf8)
        #expect(screen.contains("tack exited with 2"), "screen was:\n\(screen)")
        #expect(errors.hasPrefix("tack: \(message)"), "stderr: \(errors)")
        #expect(errors.split(separator: "\n").count == 1, "one line: \(errors)")
    }

    // MARK: Helpers

    /// Runs tack outside a terminal with a fresh home (and `config` as its config file), a token set.
    @Test func refusesALogFileItCannotOpenInPlainWords() async throws {
        let run = try await runTack(["--demo", "--log", "/nonexistent-dir/tack.log"])
        #expect(run.status == 2)
        #expect(run.output == "tack: cannot open the log file /nonexistent-dir/tack.log: No such file or directory")
    }

    private func runTack(_ arguments: [String], config: String? = nil) async throws -> ChildProcess.Result {
        let home = FileManager.default.temporaryDirectory.appending(path: "tack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        if let config { try Self.writeConfig(config, home: home) }
        var environment = TackUnderTest.isolatedEnvironment(home: home)
        environment["PINTEREST_ACCESS_TOKEN"] = TackUnderTest.token
        var result = try await ChildProcess.run(
            [try TackUnderTest.binaryPath()] + arguments, capturingOutput: true, environment: environment)
        result.output = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return result
    }

    private static func writeConfig(_ text: String, home: URL) throws {
        let directory = home.appending(path: "config/tack")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try text.write(to: directory.appending(path: "config.toml"), atomically: true, encoding: .utf8)
    }
}
