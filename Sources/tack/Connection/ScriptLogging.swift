import Foundation
import Logging

/// Logging for commands run from scripts: standard output is the command's, so log lines go to
/// standard error, and only errors unless TACK_LOG_LEVEL asks for more.
enum ScriptLogging {
    /// Bootstraps swift-log once per process (it may be bootstrapped only once).
    static func bootstrap() { _ = bootstrapped }

    private static let bootstrapped: Void = {
        let environment = ProcessInfo.processInfo.environment
        let level = environment["TACK_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .error
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }()
}
