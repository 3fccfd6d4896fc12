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

    @Option(help: "The log file (default: $XDG_STATE_HOME/tack/tack.log).")
    var log: String?

    @OptionGroup(title: "Sandbox faults (with --demo)")
    var faults: FaultOptions

    func validate() throws {
        if reset && !demo { throw ValidationError("--reset only applies with --demo.") }
        if demo && apiBaseURL != nil { throw ValidationError("--demo and --api cannot be combined.") }
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
        let account = demo
            ? nil
            : try (baseURL: apiRoot(settings: settings), token: accessToken(settings: settings, environment: environment))
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
        if let account {
            sandbox = nil
            clientConfiguration = ClientConfiguration(baseURL: account.baseURL, accessToken: account.token)
        } else {
            let demoSandbox = try await startDemoSandbox()
            sandbox = demoSandbox
            clientConfiguration = ClientConfiguration(baseURL: demoSandbox.baseURL, accessToken: "demo")
        }
        logger.info("starting", metadata: ["api": "\(clientConfiguration.baseURL.absoluteString)"])
        if let adAccount {
            logger.info("acting for an ad account's owner", metadata: ["ad_account_id": "\(adAccount.id)", "given_in": "\(adAccount.origin)"])
        }

        let client = PinterestClient(configuration: clientConfiguration)
        var failure: (any Error)?
        do {
            try await AppSession.run(
                client: client, keymap: loadedKeymap, theme: loadedTheme,
                apiHost: Self.displayHost(of: clientConfiguration.baseURL), adAccountId: adAccount?.id
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

    /// `--api`, else the config file's `api_base_url`, else api.pinterest.com; refuses one that is not an
    /// API root (`APIBaseURL`). The URL is not repeated: it may hold a password.
    private func apiRoot(settings: TackConfig) throws -> URL {
        guard let text = apiBaseURL ?? settings.apiBaseURL else { return ClientConfiguration.productionBaseURL }
        do {
            return try APIBaseURL.parse(text)
        } catch {
            throw refusal("\(apiBaseURL != nil ? "--api" : "api_base_url in the config file") is not an API root: \(error)")
        }
    }

    /// The token from PINTEREST_ACCESS_TOKEN or the config file, without surrounding white space (a file
    /// saved with Windows line endings ends in CR LF). Refuses, without showing it, a token the client
    /// could not send (`ClientConfiguration.tokenProblem`).
    private func accessToken(settings: TackConfig, environment: [String: String]) throws -> String {
        let variable = ClientConfiguration.accessTokenVariable
        let (raw, source) = environment[variable].map { ($0, variable) }
            ?? (settings.accessToken ?? "", "access_token in the config file")
        let token = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else {
            printToStandardError("""
                tack: no Pinterest access token.
                  Set \(variable) (or access_token in the config file) to use your account,
                  or run `tack --demo` to try Tack on built-in demo data.
                """)
            throw ExitCode(1)
        }
        if let problem = ClientConfiguration.tokenProblem(token) {
            throw refusal("\(source): \(problem)")
        }
        return token
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

    /// "api.pinterest.com", or "127.0.0.1:8085" for a local server.
    static func displayHost(of url: URL) -> String {
        guard let host = url.host() else { return url.absoluteString }
        return url.port.map { "\(host):\($0)" } ?? host
    }
}
