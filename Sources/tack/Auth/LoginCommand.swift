import ArgumentParser
import Foundation
import PinterestAPI
import TackCore

/// `tack auth login`: the OAuth authorization-code flow. The consent page opens in a browser here when
/// there is one; the answer comes back either to a listener on the loopback redirect address or
/// pasted into the terminal (over SSH the browser runs elsewhere), whichever comes first.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in with Pinterest and keep the sign-in for this profile.",
        discussion: """
            The app's id comes from --client-id, \(OAuthApp.clientIdVariable) or the config's [oauth] client_id; \
            its secret from \(OAuthApp.clientSecretVariable) or the file named by [oauth] client_secret_file.
            """)

    @OptionGroup var options: ProfileOptions

    @Option(name: .customLong("client-id"), help: "The Pinterest app's id.")
    var clientId: String?

    @Option(help: "Comma-separated scopes to ask for (default: every scope Tack uses).")
    var scopes: String?

    @Option(
        name: .customLong("redirect-uri"),
        help: "The redirect address registered for the app (default: the config's, else \(OAuthApp.defaultRedirectURI)).")
    var redirectURI: String?

    @Flag(name: .customLong("no-browser"), help: "Print the sign-in address only; do not open a browser.")
    var noBrowser = false

    @Option(help: "How long to wait for the answer, e.g. 90s (default 5m).")
    var timeout: DurationArgument = DurationArgument(argument: "5m")!

    func run() async throws {
        let resolved = try options.resolve()
        let api = try options.apiRoot(settings: resolved.settings)
        let app: OAuthApp
        do throws(OAuthAppSource.Problem) {
            app = try OAuthAppSource.app(flag: clientId, environment: resolved.environment, config: resolved.settings)
        } catch {
            throw refusal("\(error)")
        }
        let redirect = redirectURI ?? resolved.settings.oauthRedirectURI ?? OAuthApp.defaultRedirectURI
        let request = AuthorizationRequest(
            app: app, authorizeURL: OAuthApp.authorizeURL(forAPI: api), redirectURI: redirect,
            scopes: scopes.map(OAuthScopeList.parse) ?? TackScopes.all)
        let environment = resolved.environment
        let openBrowser = !noBrowser
        // Said once the listener is up (or cannot be), so the browser never comes back to a closed port.
        let ready: @Sendable (Bool) -> Void = { listening in
            Self.say("""
                To sign in to Pinterest, open this address in a browser:

                  \(request.url.absoluteString)

                \(listening ? "Tack is waiting for Pinterest to send the browser back to \(redirect)." : "")
                If that page does not load (a browser on another machine), copy its address from the address bar
                and paste it here, then press enter:

                """)
            if openBrowser { BrowserOpener.open(request.url, environment: environment) }
        }

        let code: String
        do {
            code = try await SignInAnswer.wait(
                for: request, listeningOn: LoopbackRedirect.port(of: redirect), timeout: timeout.duration, ready: ready,
                say: Self.say)
        } catch let failure as AuthorizationFailure {
            printToStandardError("tack: \(failure)")
            throw ExitCode(1)
        } catch is SignInAnswer.TimedOut {
            printToStandardError("tack: no answer from Pinterest within \(timeout.text): run `tack auth login` again.")
            throw ExitCode(1)
        }

        let transport = AsyncHTTPClientTransport()
        defer { Task { try? await transport.shutdown() } }
        let signIn: StoredSignIn
        do {
            let tokens = try await OAuthTokenEndpoint(baseURL: api, app: app, transport: transport)
                .exchange(code: code, redirectURI: redirect)
            let client = PinterestClient(
                configuration: ClientConfiguration(baseURL: api, accessToken: tokens.accessToken), transport: transport)
            let account = try? await client.userAccountGet()
            signIn = StoredSignIn(
                apiBaseURL: api.absoluteString, clientId: app.clientId, username: account?.username, tokens: tokens)
            try resolved.store.save(signIn, profile: resolved.profile)
        } catch let error as PinterestError {
            printToStandardError("tack: the sign-in failed: \(error.userMessage)")
            throw ExitCode(1)
        }
        Self.say(SignInSummary.text(signIn, profile: resolved.profile, asked: request.scopes, file: resolved.store.path(of: resolved.profile)))
    }

    @Sendable private static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}

/// A comma- or space-separated scope list, as `--scopes` takes it.
enum OAuthScopeList {
    static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }
}

/// The port to listen on for a redirect address on this machine (`http://localhost:8085/`), nil for one
/// elsewhere: then only a pasted answer can come.
enum LoopbackRedirect {
    static func port(of address: String) -> Int? {
        guard let url = URL(string: address), url.scheme == "http",
            ["localhost", "127.0.0.1"].contains(url.host() ?? "")
        else { return nil }
        return url.port ?? 80
    }
}
