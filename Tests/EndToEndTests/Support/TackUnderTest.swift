import Foundation
import PinterestAPI
import PinterestSandbox

/// The real `tack` binary running in tmux against an in-process sandbox, with its own XDG folders
/// so nothing of the user's is read or written.
final class TackUnderTest: @unchecked Sendable {
    let sandbox: SandboxServer
    let terminal: TmuxSession
    let client: PinterestClient
    /// The temporary HOME, holding `config`, `data` and `state` (the XDG folders).
    let home: URL

    static let token = "e2e-token"

    /// Where the program writes its standard error when launched `inShell`.
    var standardErrorFile: URL { home.appending(path: "stderr.txt") }
    /// `stty -a` as the program left the terminal, when launched `inShell`.
    var terminalSettingsFile: URL { home.appending(path: "stty.txt") }
    /// What the shell prints once the program has ended, when launched `inShell`.
    static let shellReady = "SHELL-READY"

    /// Starts a seeded in-memory sandbox and `tack --api <sandbox>` (or `tack --demo`) in a
    /// `width`x`height` terminal. `token` is the one tack is given (PINTEREST_ACCESS_TOKEN), nil for none;
    /// the sandbox accepts only `sandboxToken`. `environment` adds to or replaces tack's variables.
    /// With `inShell`, tack runs under `sh`, which afterwards records `stty -a`, prints `shellReady`
    /// and waits, so the terminal tack left behind can be inspected; tack's standard error goes to
    /// `standardErrorFile`.
    static func launch(
        arguments: [String] = [], width: Int = 120, height: Int = 40, term: String = "xterm-256color",
        faults: FaultConfiguration = .none, token: String? = token, sandboxToken: String = token,
        demo: Bool = false, environment: [String: String] = [:], inShell: Bool = false,
        prepareHome: (URL) throws -> Void = { _ in }
    ) async throws -> TackUnderTest {
        let sandbox = try await SandboxServer.start(
            SandboxConfiguration(port: 0, requiredToken: sandboxToken, faults: faults))
        let home = FileManager.default.temporaryDirectory.appending(path: "tack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try prepareHome(home)
        var variables = isolatedEnvironment(home: home)
        variables["TERM"] = term
        variables["PINTEREST_ACCESS_TOKEN"] = token
        variables.merge(environment) { _, new in new }
        let tack = [try binaryPath()] + (demo ? ["--demo"] : ["--api", sandbox.baseURL.absoluteString]) + arguments
        let command = inShell ? shellCommand(running: tack, home: home) : tack
        let terminal = try await TmuxSession(command: command, environment: variables, width: width, height: height)
        let client = PinterestClient(
            configuration: ClientConfiguration(baseURL: sandbox.baseURL, accessToken: sandboxToken))
        return TackUnderTest(sandbox: sandbox, terminal: terminal, client: client, home: home)
    }

    private init(sandbox: SandboxServer, terminal: TmuxSession, client: PinterestClient, home: URL) {
        self.sandbox = sandbox
        self.terminal = terminal
        self.client = client
        self.home = home
    }

    /// Stops the terminal, the client and the sandbox; call at the end of every test.
    func shutDown() async {
        try? await terminal.killServer()
        try? await client.shutdown()
        await sandbox.stop()
        try? FileManager.default.removeItem(at: home)
    }

    /// The process id of tack itself (under `sh` when launched `inShell`).
    func programProcessID() async throws -> Int32 {
        let pane = try await terminal.programProcessID()
        guard let children = ProcessState.children(of: pane) else { return pane }
        return children.first ?? pane
    }

    /// HOME, the XDG folders inside `home`, and a UTF-8 locale.
    static func isolatedEnvironment(home: URL) -> [String: String] {
        [
            "HOME": home.path,
            "XDG_CONFIG_HOME": home.appending(path: "config").path,
            "XDG_DATA_HOME": home.appending(path: "data").path,
            "XDG_STATE_HOME": home.appending(path: "state").path,
            "LANG": "C.UTF-8",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
    }

    /// `sh -c` running `tack`, then recording the terminal's settings and waiting. (In a subshell that
    /// becomes tack, so that the shell's own "Segmentation fault" goes nowhere.)
    private static func shellCommand(running tack: [String], home: URL) -> [String] {
        let script = """
            (exec "$@") 2>"$HOME/stderr.txt"; echo "tack exited with $?"; stty -a >"$HOME/stty.txt"; \
            echo \(shellReady); exec sleep 3600
            """
        return ["sh", "-c", script, "sh"] + tack
    }

    /// `.build/<configuration>/tack`, beside the test bundle that SwiftPM built with it.
    static func binaryPath() throws -> String {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appending(path: "tack")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
            directory = directory.deletingLastPathComponent()
        }
        throw TmuxError.unexpectedOutput("no tack binary near \(testBinary.path): run `swift build --build-tests` first")
    }
}
