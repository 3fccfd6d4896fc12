import ArgumentParser
import PinterestAPI
import TackCore

/// Why a connection could not be set up, before any request.
enum ConnectionSetupError: Error {
    /// The config file (or a file it names) has errors.
    case badConfiguration(ConfigurationError)
    /// An option or setting cannot be used (a bad --api, --profile, --ad-account or token).
    case refused(String)
    /// No token and no stored sign-in for the profile.
    case notSignedIn(profile: String)

    /// Says what is wrong on standard error and gives the exit status: `notSignedIn` for not being
    /// signed in, 2 (usage) for the rest.
    func report(notSignedInStatus: Int32) -> ExitCode {
        switch self {
        case .badConfiguration(let error):
            printToStandardError("tack: the \(error.subject.rawValue) has errors:")
            error.diagnostics.forEach { printToStandardError("  \($0)") }
            return ExitCode(2)
        case .refused(let reason):
            return refusal(reason)
        case .notSignedIn(let profile):
            let flag = profile == ProfileName.standard ? "" : " --profile \(profile)"
            printToStandardError("""
                tack: not signed in to Pinterest\(flag.isEmpty ? "" : " (profile \(profile))").
                  Run `tack auth login\(flag)` to sign in, or set \(ClientConfiguration.accessTokenVariable)
                  (or access_token in the config file), or run `tack --demo` to try Tack on built-in demo data.
                """)
            return ExitCode(notSignedInStatus)
        }
    }
}
