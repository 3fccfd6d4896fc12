import ArgumentParser
import Foundation
import PinterestAPI
import TackCore

/// What a script command says on standard error when it fails, and with which exit status
/// (`ExitStatus`): the API's message with the HTTP status and Pinterest's own code.
enum ScriptFailure {
    /// Says what went wrong and gives the exit status for it. Usage errors and exit codes are
    /// returned as they are: ArgumentParser prints them.
    static func report(_ error: any Error) -> any Error {
        switch error {
        case is ExitCode, is ValidationError:
            return error
        case let error as PinterestError:
            printToStandardError("tack: \(error.userMessage)\(details(of: error))")
            return status(of: error).exitCode
        case let error as MediaResolutionError:
            printToStandardError("tack: \(error)")
            return ExitStatus.usage.exitCode
        default:
            printToStandardError("tack: \(error)")
            return ExitStatus.apiError.exitCode
        }
    }

    /// 3 for a missing, refused or under-scoped token; 4 when still rate limited after the client's
    /// retries; 2 for a request refused before sending (nothing was sent); else 1.
    static func status(of error: PinterestError) -> ExitStatus {
        switch error.kind {
        case .missingToken, .signInEnded:
            return .authentication
        case .invalidRequest, .invalidConfiguration:
            return .usage
        case .http where error.status == 401 || error.code == PinterestError.insufficientScopeCode:
            return .authentication
        case .http where error.status == 429:
            return .rateLimited
        default:
            return .apiError
        }
    }

    /// " (HTTP 404, Pinterest code 40)", or "" when the server did not answer.
    private static func details(of error: PinterestError) -> String {
        let parts = [error.status.map { "HTTP \($0)" }, error.code.map { "Pinterest code \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: ", ")))"
    }
}
