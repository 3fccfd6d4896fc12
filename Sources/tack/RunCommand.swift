import ArgumentParser
import CursesTerminal
import Foundation
import Logging
import TackCore

/// `tack` (the default command): opens the UI on the demo sandbox, the real API, or any host speaking it.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open the terminal UI (the default command)."
    )

    @OptionGroup var connection: ConnectionOptions

    @Option(help: "A theme preset (default, light, high-contrast, mono) or a theme file.")
    var theme: String?

    @Option(help: "A keymap preset (default, vim, emacs) or a keymap file extending one.")
    var keymap: String?

    @Option(help: "The log file (default: $XDG_STATE_HOME/tack/tack.log).")
    var log: String?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let presets = BundledPresetSource()
        let settings: TackConfig
        let loadedKeymap: Keymap
        let loadedTheme: Theme
        do throws(ConfigurationError) {
            let startup = try StartupConfiguration.load(
                configFile: connection.config, theme: theme, keymap: keymap, environment: environment, presets: presets)
            (settings, loadedKeymap, loadedTheme) = (startup.config, startup.keymap, startup.theme)
        } catch {
            printToStandardError("tack: the \(error.subject.rawValue) has errors, so Tack will not start:")
            error.diagnostics.forEach { printToStandardError("  \($0)") }
            throw ExitCode(1)
        }
        // Checked before anything starts; the client is made only once logging is set up, as its
        // logger is created with it.
        let plan: ConnectionPlan
        do throws(ConnectionSetupError) {
            plan = try connection.resolve(settings: settings, environment: environment)
        } catch {
            throw error.report(notSignedInStatus: 1)
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
        let opened = try await APIConnection.open(plan)
        logger.info("starting", metadata: ["api": "\(opened.baseURL.absoluteString)"])
        if let adAccount = opened.adAccount {
            logger.info("acting for an ad account's owner", metadata: ["ad_account_id": "\(adAccount.id)", "given_in": "\(adAccount.origin)"])
        }

        var failure: (any Error)?
        do {
            try await AppSession.run(
                client: opened.client, keymap: loadedKeymap, theme: loadedTheme,
                apiHost: opened.place, adAccountId: opened.adAccount?.id
            )
        } catch {
            failure = error
        }
        await opened.close()
        if let failure = failure as? CursesTerminalError {
            throw refusal("\(failure)")
        }
        if let failure {
            printToStandardError("tack: \(failure)")
            throw ExitCode(1)
        }
    }

    /// Sends every log line to the log file at `path`: nothing may reach the terminal while the UI owns it.
    private func bootstrapLogging(path: String, environment: [String: String]) throws {
        let sink = try LogFileSink(path: path)
        let level = environment["TACK_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink, level: level) }
    }
}
