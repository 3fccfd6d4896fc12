import ArgumentParser
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

    @Option(name: .customLong("api"), help: "The API base URL, e.g. https://api-sandbox.pinterest.com/v5.")
    var apiBaseURL: String?

    @Option(help: "A theme preset (default, light, high-contrast, mono) or a theme file.")
    var theme: String?

    @Option(help: "A keymap preset (default, vim, emacs) or a keymap file extending one.")
    var keymap: String?

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

        try bootstrapLogging(environment: environment)
        let logger = Logger(label: "tack")

        let sandbox = demo ? try await startDemoSandbox() : nil
        let clientConfiguration: ClientConfiguration
        if let sandbox {
            clientConfiguration = ClientConfiguration(baseURL: sandbox.baseURL, accessToken: "demo")
        } else {
            clientConfiguration = try realConfiguration(settings: settings, environment: environment)
        }
        logger.info("starting", metadata: ["api": "\(clientConfiguration.baseURL.absoluteString)"])

        let client = PinterestClient(configuration: clientConfiguration)
        var failure: (any Error)?
        do {
            try await AppSession.run(
                client: client, keymap: loadedKeymap, theme: loadedTheme,
                apiHost: Self.displayHost(of: clientConfiguration.baseURL)
            )
        } catch {
            failure = error
        }
        try? await client.shutdown()
        await sandbox?.stop()
        if let failure {
            printToStandardError("tack: \(failure)")
            throw ExitCode(1)
        }
    }

    private func realConfiguration(settings: TackConfig, environment: [String: String]) throws -> ClientConfiguration {
        let address = apiBaseURL ?? settings.apiBaseURL
        guard let baseURL = address.map({ URL(string: $0) }) ?? ClientConfiguration.productionBaseURL,
            ["http", "https"].contains(baseURL.scheme ?? "")
        else {
            throw ValidationError("The API base URL must be an http or https URL, e.g. https://api.pinterest.com/v5.")
        }
        let token = environment[ClientConfiguration.accessTokenVariable] ?? settings.accessToken ?? ""
        guard !token.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            printToStandardError("""
                tack: no Pinterest access token.
                  Set \(ClientConfiguration.accessTokenVariable) (or access_token in the config file) to use your account,
                  or run `tack --demo` to try Tack on built-in demo data.
                """)
            throw ExitCode(1)
        }
        return ClientConfiguration(baseURL: baseURL, accessToken: token)
    }

    private func startDemoSandbox() async throws -> SandboxServer {
        let databasePath = try XDGPaths.dataFile("demo.sqlite")
        if reset { try await SandboxDatabase.reset(at: databasePath) }
        return try await SandboxServer.start(SandboxConfiguration(
            port: 0, databasePath: databasePath, faults: faults.configuration
        ))
    }

    /// Sends every log line to the log file: nothing may reach the terminal while the UI owns it.
    private func bootstrapLogging(environment: [String: String]) throws {
        let path = try log ?? XDGPaths.stateFile("tack.log")
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
