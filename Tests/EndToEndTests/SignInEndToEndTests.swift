import Foundation
import Glibc
import PinterestAPI
import PinterestSandbox
import Testing

/// `tack auth login` as a user over SSH runs it: the address printed, opened in a browser elsewhere,
/// the page it lands on pasted back; then `tack` opens on the signed-in account with no token given.
@Suite struct SignInEndToEndTests {
    static let app = SandboxOAuth(
        clientId: "4242", clientSecret: "e2e-client-secret", redirectURIs: ["https://tack.invalid/signed-in"])
    /// Answers redirects instead of following them, as a browser's address bar shows them.
    static let transport = AsyncHTTPClientTransport()

    /// A sandbox with the OAuth app, a private HOME, and a way to run tack in tmux there.
    struct World {
        let sandbox: SandboxServer
        let home: URL

        var environment: [String: String] {
            var environment = TackUnderTest.isolatedEnvironment(home: home)
            environment["TERM"] = "xterm-256color"
            environment["PINTEREST_CLIENT_SECRET"] = SignInEndToEndTests.app.clientSecret
            return environment
        }

        /// `tack` in tmux, under `sh`, which prints "tack exited with N" once it ends: tmux itself was seen
        /// to mark the pane dead without ever recording the exit status.
        func tack(_ arguments: [String], width: Int = 400) async throws -> TmuxSession {
            let command = ["sh", "-c", #""$@"; echo "tack exited with $?""#, "sh", try TackUnderTest.binaryPath()] + arguments
            return try await TmuxSession(command: command, environment: environment, width: width)
        }

        /// A command that ends by itself (`tack auth status`), with its output.
        func run(_ arguments: [String]) async throws -> ChildProcess.Result {
            try await ChildProcess.run([try TackUnderTest.binaryPath()] + arguments, capturingOutput: true, environment: environment)
        }

        func login(_ extra: [String] = []) async throws -> TmuxSession {
            try await tack([
                "auth", "login", "--api", sandbox.baseURL.absoluteString, "--client-id", SignInEndToEndTests.app.clientId,
                "--no-browser",
            ] + extra)
        }

        var credentials: URL { home.appending(path: "state/tack/credentials") }
    }

    static func with(_ app: SandboxOAuth = app, _ body: (World) async throws -> Void) async throws {
        let sandbox = try await SandboxServer.start(SandboxConfiguration(port: 0, oauth: app))
        let home = FileManager.default.temporaryDirectory.appending(path: "tack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        do {
            try await body(World(sandbox: sandbox, home: home))
            await sandbox.stop()
        } catch {
            await sandbox.stop()
            throw error
        }
    }

    /// The consent address tack printed, and where the sandbox's page sends the browser on `decision`.
    static func browse(_ terminal: TmuxSession, decision: String) async throws -> String {
        try await terminal.require("open this address in a browser")
        let screen = try await terminal.screen()
        let address = try #require(
            screen.split(whereSeparator: \.isWhitespace).first { $0.contains("/oauth/?") }.map(String.init))
        let page = try await transport.send(HTTPRequest(
            method: .get, url: URL(string: address + "&decision=" + decision)!, headers: [], body: nil, timeout: .seconds(10)))
        return try #require(page.header("Location"), "the consent page answered \(page.status)")
    }

    @Test func signingInByPastingTheAddressThenTackOpensOnTheAccountWithoutAToken() async throws {
        try await Self.with { world in
            let login = try await world.login(["--redirect-uri", Self.app.redirectURIs[0]])
            let landing = try await Self.browse(login, decision: "allow")
            #expect(landing.hasPrefix("https://tack.invalid/signed-in?code="))
            try await login.send(landing, literal: true)
            try await login.send("Enter")
            try await login.require("Signed in to Pinterest as @tack_demo (profile default)")
            let screen = try await login.screen()
            #expect(!screen.contains(Self.app.clientSecret))
            #expect(await world.sandbox.tokensIssued(by: .authorizationCode) == 1)

            let file = world.credentials.appending(path: "default.json").path
            #expect(Self.mode(file) == 0o600)
            #expect(Self.mode(world.credentials.path) == 0o700)
            let stored = try String(contentsOfFile: file, encoding: .utf8)
            let accessToken = try #require(stored.split(separator: "\"").first { $0.hasPrefix("pina_") })
            #expect(!screen.contains(accessToken))

            let refreshToken = try #require(stored.split(separator: "\"").first { $0.hasPrefix("pinr_") })
            let app = try await world.tack(["--api", world.sandbox.baseURL.absoluteString], width: 120)
            try await app.require("Boards (", "@tack_demo")
            #expect(!(try await app.screen()).contains(accessToken))
            let log = try String(contentsOf: world.home.appending(path: "state/tack/tack.log"), encoding: .utf8)
            #expect(!log.isEmpty && !log.contains(accessToken) && !log.contains(refreshToken))
        }
    }

    @Test func fewerScopesSayWhatTheyTurnOff() async throws {
        try await Self.with { world in
            let login = try await world.login(["--redirect-uri", Self.app.redirectURIs[0], "--scopes", "boards:read,pins:read"])
            try await login.send(try await Self.browse(login, decision: "allow"), literal: true)
            try await login.send("Enter")
            try await login.require("Signed in to Pinterest as an account Tack cannot read (no user_accounts:read)")
            try await login.require(
                "user_accounts:read: the Account screen (profile, followers, following, websites) and analytics",
                "pins:write: creating, editing, moving, saving and deleting pins")
        }
    }

    @Test func aForgedAnswerReachingTheListenerIsRefusedAndItsPageEscapesIt() async throws {
        let port = try Self.freePort()
        var app = Self.app
        app.redirectURIs = ["http://localhost:\(port)/"]
        try await Self.with(app) { world in
            let login = try await world.login(["--redirect-uri", app.redirectURIs[0]])
            try await login.require("open this address in a browser")
            let forged = HTTPRequest(
                method: .get, url: URL(string: "http://127.0.0.1:\(port)/?error=%3Cscript%3Ex%3C/script%3E&state=forged")!,
                headers: [], body: nil, timeout: .seconds(10))
            let page = String(decoding: try await Self.transport.send(forged).body, as: UTF8.self)
            #expect(page.contains("&lt;script&gt;x&lt;/script&gt;") && !page.contains("<script>"), "\(page)")
            try await login.require("Pinterest refused the sign-in")
            #expect(!FileManager.default.fileExists(atPath: world.credentials.appending(path: "default.json").path))
        }
    }

    @Test func noAnswerWithinTheTimeoutEndsTheSignInWithAMessage() async throws {
        try await Self.with { world in
            let login = try await world.login(["--redirect-uri", Self.app.redirectURIs[0], "--timeout", "2s"])
            try await login.require("no answer from Pinterest within 2s: run `tack auth login` again.")
            try await login.require("tack exited with 1")
            #expect(!FileManager.default.fileExists(atPath: world.credentials.appending(path: "default.json").path))
        }
    }

    @Test func aDeclinedSignInSaysSoAndKeepsNothing() async throws {
        try await Self.with { world in
            let login = try await world.login(["--redirect-uri", Self.app.redirectURIs[0]])
            let landing = try await Self.browse(login, decision: "deny")
            try await login.send(landing, literal: true)
            try await login.send("Enter")
            try await login.require("You declined the sign-in on Pinterest's page.")
            #expect(!FileManager.default.fileExists(atPath: world.credentials.appending(path: "default.json").path))
        }
    }

    @Test func aSecondProfileSignsInByTheLoopbackRedirectAndShowsInTheHeader() async throws {
        let port = try Self.freePort()
        var app = Self.app
        app.redirectURIs = ["http://localhost:\(port)/"]
        try await Self.with(app) { world in
            let login = try await world.login(["--redirect-uri", app.redirectURIs[0], "--profile", "work"])
            let landing = try await Self.browse(login, decision: "allow")
            // The browser follows the redirect to tack's listener on this machine, which listens before
            // the address is shown.
            let page = try await Self.transport.send(HTTPRequest(
                method: .get, url: URL(string: landing.replacingOccurrences(of: "localhost", with: "127.0.0.1"))!,
                headers: [], body: nil, timeout: .seconds(10)))
            #expect(page.status == 200)
            #expect(String(decoding: page.body, as: UTF8.self).contains("you can close this tab"))
            try await login.require("Signed in to Pinterest as @tack_demo (profile work)")

            let status = try await world.run(["auth", "status", "--profile", "work"])
            #expect(status.status == 0)
            #expect(status.output.contains("Profile work: @tack_demo") && status.output.contains("Usable."), "\(status.output)")
            let other = try await world.run(["auth", "status"])
            #expect(other.status == 1, "a script can tell that the default profile is not signed in")
            #expect(other.output.contains("Profile default: not signed in"), "\(other.output)")

            let ui = try await world.tack(["--profile", "work"], width: 120)
            try await ui.require("@tack_demo", "work · 127.0.0.1:\(world.sandbox.port)")

            let logout = try await world.run(["auth", "logout", "--profile", "work"])
            #expect(logout.status == 0)
            #expect(logout.output.contains("Signed out of profile work (@tack_demo)"), "\(logout.output)")
            #expect(logout.output.contains("Pinterest revoked the tokens."), "the sandbox revokes them, as Pinterest may")
            #expect(!FileManager.default.fileExists(atPath: world.credentials.appending(path: "work.json").path))
        }
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        _ = stat(path, &info)
        return info.st_mode & 0o777
    }

    /// A loopback port nothing listens on right now.
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                guard bind(socket, $0, length) == 0, getsockname(socket, $0, &length) == 0 else {
                    throw TmuxError.unexpectedOutput("no free port")
                }
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
