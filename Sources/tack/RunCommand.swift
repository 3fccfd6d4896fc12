import ArgumentParser
import CursesTerminal
import Foundation
import Logging
import PinterestAPI
import PinterestSandbox
import TackCore

/// `tack` (the default command): opens the UI on the demo sandbox, the real API, or any host speaking it.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open the terminal UI (the default command)."
    )

    @Flag(help: "Start the embedded sandbox with demo data and open the UI on it.")
    var demo = false

    @Flag(help: "With --demo: reseed the demo data first.")
    var reset = false

    @Option(
        name: .customLong("api"),
        help: """
            The API root: an http or https URL whose path ends in the API version, \
            e.g. https://api-sandbox.pinterest.com/v5 or http://127.0.0.1:8085/v5.
            """)
    var apiBaseURL: String?

    @Option(help: "A theme preset (default, light, high-contrast, mono) or a theme file.")
    var theme: String?

    @Option(help: "A keymap preset (default, vim, emacs) or a keymap file extending one.")
    var keymap: String?

    @Option(
        name: .customLong("ad-account"),
        help: ArgumentHelp(
            "Act for the owner of this ad account (business access) wherever the API allows it.",
            valueName: "id"))
    var adAccountId: String?

    @Option(help: "The config file (default: $XDG_CONFIG_HOME/tack/config.toml).")
    var config: String?

    @Option(help: "The signed-in account to use (`tack auth login --profile`; default: the config's profile, else \"default\").")
    var profile: String?

    @Option(help: "The log file (default: $XDG_STATE_HOME/tack/tack.log).")
    var log: String?

    @Option(help: ArgumentHelp(
        "How pin pictures are drawn: auto (ask the terminal), kitty, sixel, iterm, symbols or off (default: the config's images, else auto).",
        valueName: "renderer"))
    var images: String?

    @OptionGroup(title: "Sandbox faults (with --demo)")
    var faults: FaultOptions

    func validate() throws {
        if reset && !demo { throw ValidationError("--reset only applies with --demo.") }
        if demo && apiBaseURL != nil { throw ValidationError("--demo and --api cannot be combined.") }
        if let images, ImagesSetting(rawValue: images) == nil {
            throw ValidationError("--images must be one of \(ImagesSetting.names), not \"\(images)\".")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let presets = BundledPresetSource()
        let settings: TackConfig
        let loadedKeymap: Keymap
        let loadedTheme: Theme
        do throws(ConfigurationError) {
            let startup = try StartupConfiguration.load(
                configFile: config, theme: theme, keymap: keymap, environment: environment, presets: presets)
            (settings, loadedKeymap, loadedTheme) = (startup.config, startup.keymap, startup.theme)
        } catch {
            printToStandardError("tack: the \(error.subject.rawValue) has errors, so Tack will not start:")
            error.diagnostics.forEach { printToStandardError("  \($0)") }
            throw ExitCode(1)
        }
        let adAccount: AdAccountChoice?
        do throws(FileDiagnostic) {
            adAccount = try AdAccountChoice.resolve(option: adAccountId, config: settings)
        } catch {
            throw refusal("\(error)")
        }

        // Checked before anything starts; the configuration is made only once logging is set up, as
        // its logger is created with it.
        let account: (baseURL: URL, credentials: AccountCredentials)?
        if demo {
            account = nil
        } else {
            let credentials = try self.credentials(settings: settings, environment: environment)
            account = (try apiRoot(settings: settings, signedIn: credentials.signedInAPI), credentials)
        }
        let logPath = try log ?? XDGPaths.stateFile("tack.log")
        // May execute the process again, so nothing outside it may have started yet.
        let crashFile = CrashReporting.prepare(besideLogAt: logPath)
        CrashReporting.installReport(crashFile: crashFile)
        do {
            try bootstrapLogging(path: logPath, environment: environment)
        } catch {
            throw refusal("\(error)")
        }
        let logger = Logger(label: "tack")
        let sandbox: SandboxServer?
        let clientConfiguration: ClientConfiguration
        let transport = AsyncHTTPClientTransport()
        if let account {
            sandbox = nil
            clientConfiguration = account.credentials.clientConfiguration(
                baseURL: account.baseURL, transport: transport, environment: environment, settings: settings)
        } else {
            let demoSandbox = try await startDemoSandbox()
            sandbox = demoSandbox
            clientConfiguration = ClientConfiguration(baseURL: demoSandbox.baseURL, accessToken: "demo")
        }
        logger.info("starting", metadata: ["api": "\(clientConfiguration.baseURL.absoluteString)"])
        if let adAccount {
            logger.info("acting for an ad account's owner", metadata: ["ad_account_id": "\(adAccount.id)", "given_in": "\(adAccount.origin)"])
        }

        let client = PinterestClient(configuration: clientConfiguration, transport: transport)
        var failure: (any Error)?
        do {
            try await AppSession.run(
                client: client, transport: transport, keymap: loadedKeymap, theme: loadedTheme,
                apiHost: Self.headerPlace(of: clientConfiguration.baseURL, profile: account?.credentials.profile),
                adAccountId: adAccount?.id,
                images: (images ?? settings.images).flatMap(ImagesSetting.init(rawValue:)) ?? .auto
            )
        } catch {
            failure = error
        }
        try? await client.shutdown()
        await sandbox?.stop()
        if let failure = failure as? CursesTerminalError {
            throw refusal("\(failure)")
        }
        if let failure {
            printToStandardError("tack: \(failure)")
            throw ExitCode(1)
        }
    }

    /// `--api`, else the config file's `api_base_url`, else the stored sign-in's, else api.pinterest.com;
    /// refuses one that is not an API root (`APIBaseURL`). The URL is not repeated: it may hold a password.
    private func apiRoot(settings: TackConfig, signedIn: String?) throws -> URL {
        guard let text = apiBaseURL ?? settings.apiBaseURL ?? signedIn else { return ClientConfiguration.productionBaseURL }
        do {
            return try APIBaseURL.parse(text)
        } catch {
            throw refusal("\(apiBaseURL != nil ? "--api" : "api_base_url in the config file") is not an API root: \(error)")
        }
    }

    /// The token from PINTEREST_ACCESS_TOKEN or the config file, without surrounding white space (a file
    /// saved with Windows line endings ends in CR LF), else the profile's stored sign-in. Refuses, without
    /// showing it, a token the client could not send (`ClientConfiguration.tokenProblem`).
    private func credentials(settings: TackConfig, environment: [String: String]) throws -> AccountCredentials {
        let variable = ClientConfiguration.accessTokenVariable
        let given = environment[variable].map { ($0, variable) } ?? settings.accessToken.map { ($0, "access_token in the config file") }
        if let (raw, source) = given, case let token = raw.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
            if let problem = ClientConfiguration.tokenProblem(token) { throw refusal("\(source): \(problem)") }
            return .token(token)
        }
        let profile = self.profile ?? settings.profile ?? ProfileName.standard
        if let problem = ProfileName.problem(profile) { throw refusal("--profile \(profile): \(problem)") }
        guard let store = CredentialStore.standard(environment: environment) else { throw notSignedIn(profile) }
        let stored: StoredSignIn?
        do throws(CredentialStoreError) {
            stored = try store.load(profile)
        } catch {
            throw refusal("\(error)")
        }
        guard let signIn = stored else { throw notSignedIn(profile) }
        return .signIn(signIn, profile: profile, store: store)
    }

    private func notSignedIn(_ profile: String) -> ExitCode {
        let flag = profile == ProfileName.standard ? "" : " --profile \(profile)"
        printToStandardError("""
            tack: not signed in to Pinterest\(flag.isEmpty ? "" : " (profile \(profile))").
              Run `tack auth login\(flag)` to sign in, or set \(ClientConfiguration.accessTokenVariable)
              (or access_token in the config file), or run `tack --demo` to try Tack on built-in demo data.
            """)
        return ExitCode(1)
    }

    private func startDemoSandbox() async throws -> SandboxServer {
        let databasePath = try XDGPaths.dataFile("demo.sqlite")
        if reset { try await SandboxDatabase.reset(at: databasePath) }
        return try await SandboxServer.start(SandboxConfiguration(
            port: 0, databasePath: databasePath, faults: faults.configuration
        ))
    }

    /// Sends every log line to the log file at `path`: nothing may reach the terminal while the UI owns it.
    private func bootstrapLogging(path: String, environment: [String: String]) throws {
        let sink = try LogFileSink(path: path)
        let level = environment["TACK_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink, level: level) }
    }

    /// The API's host, after the profile's name when it is not the default one: "work · api.pinterest.com".
    static func headerPlace(of url: URL, profile: String?) -> String {
        let host = displayHost(of: url)
        guard let profile, profile != ProfileName.standard else { return host }
        return "\(profile) · \(host)"
    }

    /// "api.pinterest.com", or "127.0.0.1:8085" for a local server.
    static func displayHost(of url: URL) -> String {
        guard let host = url.host() else { return url.absoluteString }
        return url.port.map { "\(host):\($0)" } ?? host
    }
}
