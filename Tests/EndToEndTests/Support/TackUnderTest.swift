import Foundation
import PinterestAPI
import PinterestSandbox

/// The real `tack` binary running in tmux against an in-process sandbox, with its own XDG folders
/// so nothing of the user's is read or written.
final class TackUnderTest: @unchecked Sendable {
    let sandbox: SandboxServer
    let terminal: TmuxSession
    let client: PinterestClient
    /// The app's `HOME` (and XDG folders): a fresh directory, removed by `shutDown`.
    let home: URL

    static let token = "e2e-token"

    /// Starts a seeded in-memory sandbox and `tack --api <sandbox>` in a `width`x`height` terminal.
    static func launch(
        arguments: [String] = [], width: Int = 120, height: Int = 40, term: String = "xterm-256color",
        faults: FaultConfiguration = .none
    ) async throws -> TackUnderTest {
        let sandbox = try await SandboxServer.start(SandboxConfiguration(port: 0, requiredToken: token, faults: faults))
        let home = FileManager.default.temporaryDirectory.appending(path: "tack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = [
            "HOME": home.path,
            "XDG_CONFIG_HOME": home.appending(path: "config").path,
            "XDG_DATA_HOME": home.appending(path: "data").path,
            "XDG_STATE_HOME": home.appending(path: "state").path,
            "PINTEREST_ACCESS_TOKEN": token,
            "TERM": term,
            "LANG": "C.UTF-8",
        ]
        let command = [try binaryPath(), "--api", sandbox.baseURL.absoluteString] + arguments
        let terminal = try await TmuxSession(command: command, environment: environment, width: width, height: height)
        let client = PinterestClient(configuration: ClientConfiguration(baseURL: sandbox.baseURL, accessToken: token))
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
